# Builds the fuzz_intake target with clang in BUILD_DIR and runs it briefly
# over the seed corpus. Called by the fuzz_intake_short test of a g++ build:
#   cmake -DSOURCE_DIR=… -DBUILD_DIR=… -DCLANG=… -DCLANGXX=… -P runfuzz.cmake
if(NOT EXISTS ${BUILD_DIR}/CMakeCache.txt)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -G Ninja
                -DCMAKE_BUILD_TYPE=RelWithDebInfo
                -DCMAKE_C_COMPILER=${CLANG} -DCMAKE_CXX_COMPILER=${CLANGXX}
                -DAUDITBENCH_BUILD_BENCH=OFF
        RESULT_VARIABLE configured)
    if(NOT configured EQUAL 0)
        message(FATAL_ERROR "runfuzz: configuring the clang build failed")
    endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target fuzz_intake
                RESULT_VARIABLE built)
set(fuzzer ${BUILD_DIR}/tests/fuzz/fuzz_intake)
if(NOT built EQUAL 0 OR NOT EXISTS ${fuzzer})
    # The clang configure leaves the target out when it cannot link
    # -fsanitize=fuzzer; anything else is a real failure.
    file(READ ${BUILD_DIR}/CMakeCache.txt cache)
    if(cache MATCHES "AUDITBENCH_HAVE_LIBFUZZER:INTERNAL=1")
        message(FATAL_ERROR "runfuzz: building fuzz_intake failed")
    endif()
    message("runfuzz: this clang cannot build a libFuzzer target; skipped")
    return()
endif()
file(MAKE_DIRECTORY ${BUILD_DIR}/tests/fuzz/corpus)
execute_process(
    COMMAND ${fuzzer} -runs=20000 -max_len=65536 -timeout=10
            ${BUILD_DIR}/tests/fuzz/corpus ${SOURCE_DIR}/tests/fuzz/corpus
    RESULT_VARIABLE fuzzed)
if(NOT fuzzed EQUAL 0)
    message(FATAL_ERROR "runfuzz: fuzz_intake found a failing input (exit ${fuzzed})")
endif()
