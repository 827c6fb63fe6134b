package compare

import (
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

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
		b, err := io.ReadAll(mos.Stdin)
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
	case "pipe":
		for {
			mos.Stdout.WriteString("yes\n")
		}
	}
}

func TestOS(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	run := func(mode, stdin string, env ...string) (string, string, int) {
		cmd := exec.Command(os.Args[0], "-test.run=TestOSHelper$", "a", "b c")
		cmd.Env = append(os.Environ(), append(env, "MSTD_OS_HELPER="+mode)...)
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
	c.check(strings.HasPrefix(out, "out:") && strings.Contains(out, "a,b c|||yy|found") && errs == "err\n" && code == 3, "write: %q %q %d", out, errs, code)
	out, _, code = run("write", "")
	c.check(strings.HasSuffix(out, "||||") && code == 3, "write without env: %q", out)
	out, _, code = run("read", "hello\nworld")
	c.check(out == "HELLO\nWORLD" && code == 0, "read: %q %d", out, code)
	out, _, _ = run("badfd", "")
	c.check(out == "write /bad: bad file descriptor", "badfd: %q", out)
	// A broken pipe on stdout kills the process with SIGPIPE, as Go's.
	cmd := exec.Command(os.Args[0], "-test.run=TestOSHelper$")
	cmd.Env = append(os.Environ(), "MSTD_OS_HELPER=pipe")
	r, _ := cmd.StdoutPipe()
	cmd.Start()
	buf := make([]byte, 10)
	io.ReadFull(r, buf)
	r.Close()
	err := cmd.Wait()
	c.check(err != nil && strings.Contains(err.Error(), "broken pipe"), "sigpipe: %v", err)
	c.check(mos.Stdout.Name() == "/dev/stdout" && mos.Stderr.Fd() == 2 && mos.Stdin.Fd() == 0, "names")
	c.check(len(mos.Args) == len(os.Args), "Args")
}
