// Command-line flags of the benchmarks: every flag takes a value ("--rounds 3"). One parser for
// all of them, so that each benchmark only says what its flags mean.
#ifndef ENTENTE_BENCH_BENCH_FLAGS_H_
#define ENTENTE_BENCH_BENCH_FLAGS_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace entente::bench {

// The (flag, value) pairs of argv[1..]; a flag without a value is reported and exits with status 2.
// "--help" and "-h" take none (their value is ""): the benchmark prints its usage for them, as for
// any flag it does not know.
inline std::vector<std::pair<std::string, std::string>> FlagPairs(int argc, char** argv) {
  std::vector<std::pair<std::string, std::string>> out;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--help" || flag == "-h") {
      out.emplace_back(flag, "");
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "%s needs a value\n", argv[i]);
      std::exit(2);
    }
    out.emplace_back(argv[i], argv[i + 1]);
    ++i;
  }
  return out;
}

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_BENCH_FLAGS_H_
