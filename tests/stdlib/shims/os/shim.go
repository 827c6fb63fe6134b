// Test shim (not shipped): the os primitives, written with real Go's os and syscall.
package os

import (
	realos "os"
	"syscall"
)

func runtime_args() []string { return append([]string(nil), realos.Args...) }
func runtime_exit(code int)   { realos.Exit(code) }
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
func runtime_sigpipe() {
	syscall.Kill(syscall.Getpid(), syscall.SIGPIPE)
}
