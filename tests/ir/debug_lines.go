// IR test: with -g, every Go function gets a DISubprogram in its file, and the
// statements of a function carry their own line (DWARF line tables, so that gdb
// steps through the Go source). Compiler-made functions get none.
// FLAGS: -g -O0
package main

func add(a, b int) int {
	c := a + b
	return c
}

func main() {
	println(add(1, 2))
}

// CHECK-DAG: !DICompileUnit(language: DW_LANG_Go, file: ![[FILE:[0-9]+]], producer: "minigo"{{.*}}emissionKind: LineTablesOnly
// CHECK-DAG: ![[FILE]] = !DIFile(filename: "debug_lines.go"
// CHECK-DAG: ![[ADD:[0-9]+]] = distinct !DISubprogram(name: "main.add", linkageName: "main.add", scope: ![[FILE]], file: ![[FILE]], line: 7
// CHECK-DAG: !DILocation(line: 8, column: 2, scope: ![[ADD]])
// CHECK-DAG: !DILocation(line: 9, column: 2, scope: ![[ADD]])
// CHECK-DAG: distinct !DISubprogram(name: "main.main", linkageName: "main.main", scope: ![[FILE]], file: ![[FILE]], line: 12
