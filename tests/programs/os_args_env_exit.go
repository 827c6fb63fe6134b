// Checks os's runtime primitives: Args, Getenv/LookupEnv of an unset variable, one
// write to standard output and error, a read at end of file, and Exit's status.
package main

import (
	"io"
	"os"
)

func main() {
	println("args", len(os.Args), len(os.Args[0]) > 0)
	v, ok := os.LookupEnv("MINIGO_TEST_SURELY_UNSET_VARIABLE")
	println("lookup", v == "", ok)
	println("getenv", os.Getenv("MINIGO_TEST_SURELY_UNSET_VARIABLE") == "")
	_, ok = os.LookupEnv("")
	println("empty key", ok)
	_, ok = os.LookupEnv("A=B")
	println("key with =", ok)

	n, err := os.Stdout.WriteString("to stdout\n")
	println("stdout", n, err == nil)
	n, err = os.Stderr.Write([]byte("to stderr\n"))
	println("stderr", n, err == nil)
	n, err = os.Stdout.Write(nil)
	println("empty write", n, err == nil)

	buf := make([]byte, 8)
	n, err = os.Stdin.Read(buf)
	println("stdin", n, err == io.EOF)
	n, err = os.Stdin.Read(buf[:0])
	println("empty read", n, err == nil)

	println("name", os.Stdout.Name(), os.Stderr.Fd())
	os.Exit(3)
	println("not reached")
}
