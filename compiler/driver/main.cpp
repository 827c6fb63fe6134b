// main.cpp — entry point of the minigo command (see driver/driver.h).
#include "driver/driver.h"

int main(int argc, char** argv) {
  return minigo::driver::runMain(argc, argv);
}
