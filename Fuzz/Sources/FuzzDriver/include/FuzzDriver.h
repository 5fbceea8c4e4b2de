#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with `test_one_input` as the target. SwiftPM links each executable target with
/// `main` aliased to `<Target>_main`, so the harnesses define that symbol and call this instead of
/// relying on libFuzzer's own `main`.
int kb_fuzz_main(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));
