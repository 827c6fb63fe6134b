// runtime_test_env.cpp — runs the runtime's start-up (schedinit: heap, Ps, P 0 for the
// main thread, scavenger) once before any runtime test, as rt0 does before main.main.
#include "proc.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace {

class RuntimeEnvironment : public ::testing::Environment {
 public:
  // No automatic collection: the tests drive the collector's phases themselves, and a
  // cycle the pacer started could never stop the world (the test threads hold Ps
  // without ever reaching a safepoint).
  void SetUp() override {
    setenv("GOGC", "off", 1);
    runtime::schedinit();
  }
};

const auto* const env = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

}  // namespace
