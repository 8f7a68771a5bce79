# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DCLANG_FORMAT=<path> -DSOURCE_DIR=<root> -P ClangFormatCheck.cmake
# Fails, naming the files, if any C++ file under src/, tests/, benchmarks/ or fuzz/ differs
# from what clang-format makes of it. Fix with: clang-format -i <files>
file(GLOB_RECURSE files
    ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
    ${SOURCE_DIR}/benchmarks/*.cpp ${SOURCE_DIR}/benchmarks/*.h
    ${SOURCE_DIR}/fuzz/*.cpp ${SOURCE_DIR}/fuzz/*.h)
list(LENGTH files count)
if(count LESS 20)
    message(FATAL_ERROR "only ${count} C++ files found under ${SOURCE_DIR}")
endif()
execute_process(
    COMMAND ${CLANG_FORMAT} --dry-run --Werror --style=file ${files}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result
    ERROR_VARIABLE diagnostics)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]+: (error|warning): code should be clang-formatted" lines
        "${diagnostics}")
    set(offenders "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: (error|warning):.*" "" path "${line}")
        file(RELATIVE_PATH path ${SOURCE_DIR} ${path})
        list(APPEND offenders ${path})
    endforeach()
    list(REMOVE_DUPLICATES offenders)
    list(JOIN offenders "\n  " offenders)
    message(FATAL_ERROR "Not formatted as .clang-format says (run clang-format -i on them):\n"
        "  ${offenders}")
endif()
message(STATUS "${count} C++ files formatted as .clang-format says")
