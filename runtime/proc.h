// proc.h — start-up of the runtime: args records the command line (os.Args reads it),
// schedinit prepares the allocator and the Ps before any Go code runs (Go's
// runtime.args and runtime.schedinit).
#pragma once

namespace runtime {

void args(int argc, char** argv);
void schedinit();

extern int argc;
extern char** argv;

}  // namespace runtime
