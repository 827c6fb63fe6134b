// Checks the syntax error for a function body whose `{` is on the next line.
package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before \{$"
}
