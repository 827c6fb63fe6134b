// Test shim (not shipped): the os primitives, written with real Go's os and syscall.
package os

import (
	realos "os"
	realruntime "runtime"
	"syscall"
	"time"
	"unsafe"
)

func runtime_args() []string { return append([]string(nil), realos.Args...) }
func runtime_exit(code int)  { realos.Exit(code) }
func runtime_getenv(key string) (string, bool) {
	return syscall.Getenv(key)
}
func runtime_write(fd int, b []byte) int {
	if len(b) == 0 {
		return 0
	}
	for {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return -int(err.(syscall.Errno))
		}
		return n
	}
}
func runtime_read(fd int, b []byte) int {
	for {
		n, err := syscall.Read(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return -int(err.(syscall.Errno))
		}
		return n
	}
}

// runtime_sigpipe restores SIGPIPE's default disposition, then raises it, as Go's
// runtime.dieFromSignal does for os.sigpipe. A bare kill(SIGPIPE) is not enough under
// Go's runtime: it installs its own SIGPIPE handler, which drops the signal unless
// os/signal asked for it (SIGPIPE is _SigNotify only in runtime/sigtab_linux_*.go),
// so the process would go on writing to the broken pipe.
//
// Linux only (rt_sigaction, tgkill); the struct is the kernel's sigaction on amd64,
// arm64 and most other 64-bit ports.
func runtime_sigpipe() {
	realruntime.LockOSThread() // the unblock and the signal concern this thread
	sig := uintptr(syscall.SIGPIPE)
	var sa struct {
		handler, flags, restorer uintptr
		mask                     uint64
	} // handler 0: SIG_DFL
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, sig, uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	set := uint64(1) << (sig - 1)
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 1 /* SIG_UNBLOCK */, uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0)
	syscall.RawSyscall(syscall.SYS_TGKILL, uintptr(syscall.Getpid()), uintptr(syscall.Gettid()), sig)
	// Not reached; if the signal did not kill the process, fail loudly as Go does.
	time.Sleep(100 * time.Millisecond)
	realos.Stderr.WriteString("runtime_sigpipe: SIGPIPE did not kill the process\n")
	realos.Exit(2)
}
