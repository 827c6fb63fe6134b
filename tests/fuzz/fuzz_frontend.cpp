// fuzz_frontend.cpp — libFuzzer target over the front end: each input is a Go source
// file, lexed, parsed and (when it parses) type-checked (frontend_input.cpp). Any input
// that ever crashed is kept in tests/fuzz/regressions/ and replayed by the unit tests.
#include "frontend_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  minigo::fuzz::checkInput(data, size);
  return 0;
}
