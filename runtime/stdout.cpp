// stdout.cpp — the standard-output primitive under the stdlib's fmt package: one
// write(2) of a whole formatted string, as Go's fmt writes once per call. (fmt moves
// onto os.Stdout and syscall.Write when those packages exist.)
#include <unistd.h>

#include <cerrno>
#include <cstdint>

// fmt.writeString(s string) int: writes s to standard output; returns the bytes written.
extern "C" int64_t fmt_writeString(const uint8_t* p, intptr_t n) __asm__("fmt.writeString");
extern "C" int64_t fmt_writeString(const uint8_t* p, intptr_t n) {
  int64_t done = 0;
  while (done < n) {
    ssize_t w = ::write(1, p + done, size_t(n - done));
    if (w < 0) {
      if (errno == EINTR) continue;
      break;
    }
    done += w;
  }
  return done;
}
