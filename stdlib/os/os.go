// Package os gives minigo programs the parts of Go's package os they can use: the
// command-line arguments, the environment, the process exit, and the standard
// files Stdin, Stdout and Stderr (*File with Read, Write and WriteString). Opening
// other files is not provided.
//
// The system calls are runtime primitives (functions without a body, provided by
// minigo's runtime under the symbol "os.<name>").
package os

import (
	"errors"
	"io"
)

// runtime_args returns the command-line arguments, starting with the program
// name, as the C argv the runtime recorded at start-up (a fresh slice of fresh
// strings; never nil, at least the program name). Runtime primitive.
func runtime_args() []string

// runtime_exit ends the process at once with the given status (exit_group(2) after
// flushing nothing: Go's os.Exit runs no deferred calls and has no buffers).
// Runtime primitive; it does not return.
func runtime_exit(code int)

// runtime_getenv looks key up in the process environment as it was at start-up
// (or as changed by the runtime): found reports whether a "key=value" entry
// exists, value is its value (possibly empty). The first matching entry wins, as
// Go's syscall.Getenv. Runtime primitive.
//
//go:noescape
func runtime_getenv(key string) (value string, found bool)

// runtime_write performs one write(2) of b to file descriptor fd, retrying when
// it is interrupted (EINTR) before writing anything, and returns the number of
// bytes written (0 <= n <= len(b); it may be short) or -errno on failure. It
// returns 0 without a system call when len(b) == 0. The runtime ignores SIGPIPE
// (as Go's runtime does for most descriptors), so a broken pipe shows as -EPIPE;
// File.Write turns that into runtime_sigpipe for descriptors 1 and 2, as Go.
// Runtime primitive.
//
//go:noescape
func runtime_write(fd int, b []byte) int

// runtime_read performs one read(2) from file descriptor fd into b, retrying on
// EINTR, and returns the number of bytes read (0 at end of file) or -errno.
// Runtime primitive.
//
//go:noescape
func runtime_read(fd int, b []byte) int

// runtime_sigpipe kills the process with SIGPIPE (default disposition restored,
// then raised), as Go does when a write to standard output or standard error hits
// a broken pipe. Runtime primitive; it does not return.
func runtime_sigpipe()

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The program
// terminates immediately; deferred functions are not run.
// For portability, the status code should be in the range [0, 125].
func Exit(code int) {
	runtime_exit(code)
}

// Getenv retrieves the value of the environment variable named by the key. It
// returns the value, which will be empty if the variable is not present. To
// distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := runtime_getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key. If
// the variable is present in the environment the value (which may be empty) is
// returned and the boolean is true. Otherwise the returned value will be empty and
// the boolean will be false.
func LookupEnv(key string) (string, bool) {
	return runtime_getenv(key)
}

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errno is a Linux error number, printed as Go's syscall.Errno prints it.
type errno int

const (
	eINTR  errno = 4
	eAGAIN errno = 11
	ePIPE  errno = 32
)

var errnoText = map[errno]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	4:   "interrupted system call",
	5:   "input/output error",
	6:   "no such device or address",
	9:   "bad file descriptor",
	11:  "resource temporarily unavailable",
	12:  "cannot allocate memory",
	13:  "permission denied",
	14:  "bad address",
	16:  "device or resource busy",
	21:  "is a directory",
	22:  "invalid argument",
	27:  "file too large",
	28:  "no space left on device",
	29:  "illegal seek",
	32:  "broken pipe",
	122: "disk quota exceeded",
}

func (e errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// File represents an open file descriptor. minigo provides the standard ones.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name. The returned
// value will be nil if fd is not a valid file descriptor (negative).
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{int(fd), name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes
// written and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	for n < len(b) {
		k := runtime_write(f.fd, b[n:])
		if k < 0 {
			e := errno(-k)
			if e == eINTR {
				continue
			}
			if e == ePIPE && (f.fd == 1 || f.fd == 2) {
				runtime_sigpipe()
			}
			return n, &PathError{Op: "write", Path: f.name, Err: e}
		}
		if k == 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: io.ErrShortWrite}
		}
		n += k
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a
// slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File and stores them in b. It returns the
// number of bytes read and any error encountered. At end of file, Read returns
// 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		k := runtime_read(f.fd, b)
		if k < 0 {
			if errno(-k) == eINTR {
				continue
			}
			return 0, &PathError{Op: "read", Path: f.name, Err: errno(-k)}
		}
		if k == 0 {
			return 0, io.EOF
		}
		return k, nil
	}
}
