// sizeclasses_test.cpp — the generated size classes against Go 1.19's. The expected
// values below are copied from Go's runtime/sizeclasses.go (test data): the comment table
// and the class_to_size, class_to_allocnpages, size_to_class8 and size_to_class128 arrays.
#include "sizeclasses.h"
#include "msize.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

using namespace runtime;

// Go's sizeclasses.go, lines 6-73: the table comment.
const char* const kGoTable =
    R"go(// class  bytes/obj  bytes/span  objects  tail waste  max waste  min align
//     1          8        8192     1024           0     87.50%          8
//     2         16        8192      512           0     43.75%         16
//     3         24        8192      341           8     29.24%          8
//     4         32        8192      256           0     21.88%         32
//     5         48        8192      170          32     31.52%         16
//     6         64        8192      128           0     23.44%         64
//     7         80        8192      102          32     19.07%         16
//     8         96        8192       85          32     15.95%         32
//     9        112        8192       73          16     13.56%         16
//    10        128        8192       64           0     11.72%        128
//    11        144        8192       56         128     11.82%         16
//    12        160        8192       51          32      9.73%         32
//    13        176        8192       46          96      9.59%         16
//    14        192        8192       42         128      9.25%         64
//    15        208        8192       39          80      8.12%         16
//    16        224        8192       36         128      8.15%         32
//    17        240        8192       34          32      6.62%         16
//    18        256        8192       32           0      5.86%        256
//    19        288        8192       28         128     12.16%         32
//    20        320        8192       25         192     11.80%         64
//    21        352        8192       23          96      9.88%         32
//    22        384        8192       21         128      9.51%        128
//    23        416        8192       19         288     10.71%         32
//    24        448        8192       18         128      8.37%         64
//    25        480        8192       17          32      6.82%         32
//    26        512        8192       16           0      6.05%        512
//    27        576        8192       14         128     12.33%         64
//    28        640        8192       12         512     15.48%        128
//    29        704        8192       11         448     13.93%         64
//    30        768        8192       10         512     13.94%        256
//    31        896        8192        9         128     15.52%        128
//    32       1024        8192        8           0     12.40%       1024
//    33       1152        8192        7         128     12.41%        128
//    34       1280        8192        6         512     15.55%        256
//    35       1408       16384       11         896     14.00%        128
//    36       1536        8192        5         512     14.00%        512
//    37       1792       16384        9         256     15.57%        256
//    38       2048        8192        4           0     12.45%       2048
//    39       2304       16384        7         256     12.46%        256
//    40       2688        8192        3         128     15.59%        128
//    41       3072       24576        8           0     12.47%       1024
//    42       3200       16384        5         384      6.22%        128
//    43       3456       24576        7         384      8.83%        128
//    44       4096        8192        2           0     15.60%       4096
//    45       4864       24576        5         256     16.65%        256
//    46       5376       16384        3         256     10.92%        256
//    47       6144       24576        4           0     12.48%       2048
//    48       6528       32768        5         128      6.23%        128
//    49       6784       40960        6         256      4.36%        128
//    50       6912       49152        7         768      3.37%        256
//    51       8192        8192        1           0     15.61%       8192
//    52       9472       57344        6         512     14.28%        256
//    53       9728       49152        5         512      3.64%        512
//    54      10240       40960        4           0      4.99%       2048
//    55      10880       32768        3         128      6.24%        128
//    56      12288       24576        2           0     11.45%       4096
//    57      13568       40960        3         256      9.99%        256
//    58      14336       57344        4           0      5.35%       2048
//    59      16384       16384        1           0     12.49%       8192
//    60      18432       73728        4           0     11.11%       2048
//    61      19072       57344        3         128      3.57%        128
//    62      20480       40960        2           0      6.87%       4096
//    63      21760       65536        3         256      6.25%        256
//    64      24576       24576        1           0     11.45%       8192
//    65      27264       81920        3         128     10.00%        128
//    66      28672       57344        2           0      4.91%       4096
//    67      32768       32768        1           0     12.50%       8192
)go";

const std::vector<int> kGoClassToSize = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

const std::vector<int> kGoClassToAllocnpages = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2,  3, 1, 3,
    2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

const std::vector<int> kGoSizeToClass8 = {
    0,  1,  2,  3,  4,  5,  5,  6,  6,  7,  7,  8,  8,  9,  9,  10, 10, 11, 11, 12, 12, 13,
    13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21,
    21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27,
    27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29,
    29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
};

const std::vector<int> kGoSizeToClass128 = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44,
    44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49,
    50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53,
    54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57,
    57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61,
    61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66,
    66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
};

TEST(SizeClasses, ConstantsMatchGo) {
  EXPECT_EQ(_MaxSmallSize, 32768u);
  EXPECT_EQ(smallSizeDiv, 8u);
  EXPECT_EQ(smallSizeMax, 1024u);
  EXPECT_EQ(largeSizeDiv, 128u);
  EXPECT_EQ(_NumSizeClasses, 68);
  EXPECT_EQ(_PageShift, 13u);
}

TEST(SizeClasses, ClassTableMatchesGo) {
  ASSERT_EQ(kGoClassToSize.size(), size_t(_NumSizeClasses));
  ASSERT_EQ(kGoClassToAllocnpages.size(), size_t(_NumSizeClasses));
  for (int i = 0; i < _NumSizeClasses; i++) {
    EXPECT_EQ(class_to_size[i], kGoClassToSize[i]) << "class " << i;
    EXPECT_EQ(class_to_allocnpages[i], kGoClassToAllocnpages[i]) << "class " << i;
  }
}

TEST(SizeClasses, PrintedTableMatchesGoComment) {
  // bytes/obj, bytes/span, objects/span, tail waste, max waste and min align, printed
  // in mksizeclasses.go's format, are the lines of Go's comment.
  char buf[16384];
  size_t n = formatSizeClassTable(buf, sizeof buf);
  ASSERT_LT(n, sizeof buf);
  EXPECT_EQ(std::string(buf), std::string(kGoTable));
}

TEST(SizeClasses, SizeToClassTablesMatchGo) {
  ASSERT_EQ(kGoSizeToClass8.size(), size_to_class8.size());
  ASSERT_EQ(kGoSizeToClass128.size(), size_to_class128.size());
  for (size_t i = 0; i < size_to_class8.size(); i++) {
    EXPECT_EQ(size_to_class8[i], kGoSizeToClass8[i]) << "size_to_class8[" << i << "]";
  }
  for (size_t i = 0; i < size_to_class128.size(); i++) {
    EXPECT_EQ(size_to_class128[i], kGoSizeToClass128[i]) << "size_to_class128[" << i << "]";
  }
}

TEST(SizeClasses, LookupGivesSmallestFittingClass) {
  for (uintptr_t size = 1; size <= _MaxSmallSize; size++) {
    int want = 0;
    for (int c = 1; c < _NumSizeClasses; c++) {
      if (class_to_size[c] >= size) {
        want = c;
        break;
      }
    }
    ASSERT_EQ(sizeToClass(size), want) << "size " << size;
    ASSERT_EQ(roundupsize(size), class_to_size[want]) << "size " << size;
  }
  EXPECT_EQ(roundupsize(_MaxSmallSize + 1), _MaxSmallSize + _PageSize);
  EXPECT_EQ(roundupsize(100000), 106496u);
}

TEST(SizeClasses, DivMagicIsExactOverWholeSpan) {
  // mksizeclasses.go's brute-force check: n / size == n * magic >> 32 for every offset.
  for (int c = 1; c < _NumSizeClasses; c++) {
    uint64_t m = class_to_divmagic[c];
    EXPECT_EQ(m, uint64_t(~uint32_t(0) / class_to_size[c] + 1));
    uint64_t max = uint64_t(class_to_allocnpages[c]) * _PageSize;
    for (uint64_t n = 0; n <= max; n++) {
      ASSERT_EQ(uint32_t((n * m) >> 32), uint32_t(n / class_to_size[c]))
          << "class " << c << " n " << n;
    }
  }
}

TEST(SizeClasses, WasteIsBounded) {
  // Go's rule: chopping a span into objects wastes at most 1/8 of it.
  for (int c = 1; c < _NumSizeClasses; c++) {
    uintptr_t span = class_to_allocnpages[c] * _PageSize;
    EXPECT_LE(span % class_to_size[c], span / 8) << "class " << c;
  }
}

}  // namespace
