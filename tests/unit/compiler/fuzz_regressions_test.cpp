// Replays every input that once crashed the front end (tests/fuzz/regressions/) and
// a few hostile inputs; the front end must survive all of them.
#include "frontend_input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

void replay(const std::string& s) {
  minigo::fuzz::checkInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

TEST(FuzzRegressions, NoCrash) {
  namespace fs = std::filesystem;
  int n = 0;
  for (const auto& e : fs::directory_iterator(MINIGO_FUZZ_REGRESSIONS)) {
    if (e.path().filename() == "README.md") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    SCOPED_TRACE(e.path().string());
    replay(ss.str());
    n++;
  }
  SUCCEED() << n << " regression inputs replayed";
}

TEST(FuzzRegressions, HostileInputs) {
  replay("");
  replay(std::string("package main\x00\xff\xfe", 15));
  replay("package main\nfunc main() {" + std::string(2000, '(') + "}\n");
  replay("package main\ntype T [1<<62]struct{ a [1<<62]int }\nvar x T\nfunc main() {}\n");
  replay("package main\ntype T struct{ T }\ntype U interface{ U }\nfunc main() {}\n");
  replay("package main\nconst c = 1 << 100000\nfunc main() {}\n");
  replay("package main\nvar a, b = b, a\nfunc main() {}\n");
}

}  // namespace
