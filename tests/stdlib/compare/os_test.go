package compare

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	mio "mstd/io"
	mos "mstd/os"
)

// TestOSHelper is run as a child process by TestOS.
func TestOSHelper(t *testing.T) {
	mode := os.Getenv("MSTD_OS_HELPER")
	if mode == "" {
		t.Skip("helper")
	}
	switch mode {
	case "write":
		n, err := mos.Stdout.WriteString("out:" + strings.Join(mos.Args[1:], ","))
		mos.Stderr.Write([]byte("err\n"))
		if n != len("out:"+strings.Join(mos.Args[1:], ",")) || err != nil {
			mos.Exit(9)
		}
		v, ok := mos.LookupEnv("MSTD_X")
		mos.Stdout.WriteString("|" + v + "|" + mos.Getenv("MSTD_Y") + "|")
		if ok {
			mos.Stdout.WriteString("found")
		}
		mos.Exit(3)
	case "read":
		b, err := mio.ReadAll(mos.Stdin) // mstd's io: mos.Stdin returns mstd's io.EOF
		mos.Stdout.WriteString(strings.ToUpper(string(b)))
		if err != nil {
			mos.Exit(1)
		}
		mos.Exit(0)
	case "badfd":
		f := mos.NewFile(99, "/bad")
		_, err := f.Write([]byte("x"))
		mos.Stdout.WriteString(err.Error())
		mos.Exit(0)
	case "pipe", "gopipe":
		// Write to a pipe the parent closes, on fd MSTD_OS_FD, with mstd's os (pipe)
		// or Go's (gopipe): a broken pipe on fd 1 or 2 must kill the process with
		// SIGPIPE. The loop is bounded so that a surviving process ends (status 7).
		fd := 1
		if os.Getenv("MSTD_OS_FD") == "2" {
			fd = 2
		}
		var err error
		for i := 0; i < 100000; i++ {
			if mode == "pipe" {
				_, err = []*mos.File{1: mos.Stdout, 2: mos.Stderr}[fd].WriteString("yes\n")
			} else {
				_, err = []*os.File{1: os.Stdout, 2: os.Stderr}[fd].WriteString("yes\n")
			}
		}
		[]*os.File{1: os.Stderr, 2: os.Stdout}[fd].WriteString("survived, last write: " + fmt.Sprint(err))
		mos.Exit(7)
	case "pipefd":
		// fd 3 is a pipe without reader: the write fails with EPIPE and the process
		// goes on, with mstd's os as with Go's.
		_, err := mos.NewFile(3, "|3").Write([]byte("x"))
		_, goErr := os.NewFile(3, "|3").Write([]byte("x"))
		mos.Stdout.WriteString(fmt.Sprint(err) + "\n" + fmt.Sprint(goErr))
		mos.Exit(0)
	}
}

func TestOS(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	run := func(mode, stdin string, env ...string) (string, string, int) {
		cmd := helper(mode, env...)
		cmd.Args = append(cmd.Args, "a", "b c")
		cmd.Stdin = strings.NewReader(stdin)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return out.String(), errb.String(), code
	}
	out, errs, code := run("write", "", "MSTD_X=", "MSTD_Y=yy")
	c.check(strings.HasPrefix(out, "out:") && strings.Contains(out, "a,b c||yy|found") && errs == "err\n" && code == 3, "write: %q %q %d", out, errs, code)
	out, _, code = run("write", "")
	c.check(strings.HasSuffix(out, "|||") && code == 3, "write without env: %q", out)
	out, _, code = run("read", "hello\nworld")
	c.check(out == "HELLO\nWORLD" && code == 0, "read: %q %d", out, code)
	out, _, _ = run("badfd", "")
	c.check(out == "write /bad: bad file descriptor", "badfd: %q", out)
	// A broken pipe on stdout or stderr kills the process with SIGPIPE, as Go's.
	for _, fd := range []string{"1", "2"} {
		var got [2]string
		for i, mode := range []string{"pipe", "gopipe"} {
			got[i] = brokenPipe(t, mode, fd)
		}
		c.check(got[0] == got[1] && got[0] == "signal: broken pipe", "sigpipe on fd %s: %q, Go %q", fd, got[0], got[1])
	}
	// On another descriptor, Write returns EPIPE.
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	pr.Close()
	cmd := helper("pipefd")
	cmd.ExtraFiles = []*os.File{pw}
	b, err := cmd.Output()
	pw.Close()
	c.check(err == nil && string(b) == "write |3: broken pipe\nwrite |3: broken pipe", "EPIPE on fd 3: %q %v", b, err)
	c.check(mos.Stdout.Name() == "/dev/stdout" && mos.Stderr.Fd() == 2 && mos.Stdin.Fd() == 0, "names")
	c.check(len(mos.Args) == len(os.Args), "Args")
}

// helper returns the command running TestOSHelper in mode, with a timeout of its own.
func helper(mode string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestOSHelper$", "-test.timeout=60s")
	cmd.Env = append(os.Environ(), append(env, "MSTD_OS_HELPER="+mode)...)
	return cmd
}

// brokenPipe runs the pipe helper in mode with its fd (1 or 2) on a pipe that is
// closed after the first bytes, and returns how the child ended (and what it
// reported on its other standard stream, should it survive).
func brokenPipe(t *testing.T, mode, fd string) string {
	cmd := helper(mode, "MSTD_OS_FD="+fd)
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	if fd == "1" {
		cmd.Stdout, cmd.Stderr = pw, &report
	} else {
		cmd.Stdout, cmd.Stderr = &report, pw
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	buf := make([]byte, 10)
	io.ReadFull(pr, buf)
	pr.Close()
	err = cmd.Wait()
	if report.Len() > 0 {
		return fmt.Sprintf("%v (%s)", err, report.String())
	}
	return fmt.Sprint(err)
}
