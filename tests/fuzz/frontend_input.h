// frontend_input.h — runs the front end (lex, parse, type-check) over one input the
// way the fuzz target does; shared by the fuzz target and the regression unit test.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minigo::fuzz {

void checkInput(const uint8_t* data, size_t size);

}  // namespace minigo::fuzz
