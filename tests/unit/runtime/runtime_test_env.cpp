// runtime_test_env.cpp — runs the runtime's start-up (schedinit: heap, Ps, P 0 for the
// main thread, scavenger) once before any runtime test, as rt0 does before main.main.
#include "proc.h"

#include <gtest/gtest.h>

namespace {

class RuntimeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { runtime::schedinit(); }
};

const auto* const env = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

}  // namespace
