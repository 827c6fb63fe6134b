// Checks os.Args (program name only, as the test harness runs it with no arguments), os.Getenv/LookupEnv of an unset variable, and writing to os.Stdout/os.Stderr.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("args:", len(os.Args))
	name := os.Args[0]
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	fmt.Println("program:", name)
	fmt.Println("rest:", os.Args[1:], len(os.Args[1:]))
	v := os.Getenv("MINIGO_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("getenv: %q\n", v)
	v, ok := os.LookupEnv("MINIGO_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("lookup: %q %v\n", v, ok)
	n, err := os.Stdout.WriteString("direct write\n")
	fmt.Println(n, err)
	os.Stderr.Write([]byte("bytes to stderr\n"))
	fmt.Fprintln(os.Stderr, "done")
}
