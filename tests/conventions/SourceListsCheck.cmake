# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every C++ file and form under a layer folder is in that layer's hand-kept source list, and
# every listed file exists: a file left out would be silently not built (or, for a header,
# not shown in an IDE), and a stale line breaks the next configure.
# Run as: cmake -DSOURCE_DIR=<repo> -P SourceListsCheck.cmake
cmake_minimum_required(VERSION 3.25)

set(problems "")
set(checked 0)
foreach(layer core models ui app)
    set(dir ${SOURCE_DIR}/src/${layer})
    file(READ ${dir}/CMakeLists.txt lists)
    file(GLOB_RECURSE files RELATIVE ${dir} ${dir}/*.cpp ${dir}/*.h ${dir}/*.ui)
    foreach(file IN LISTS files)
        math(EXPR checked "${checked} + 1")
        string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${file}")
        if(NOT lists MATCHES "(^|[ \t\n(])${pattern}([ \t\n)]|$)")
            string(APPEND problems "  src/${layer}/${file} is not listed in src/${layer}/CMakeLists.txt\n")
        endif()
    endforeach()
    # The list items: indented paths alone on their line (not glpk.h in a find_path call).
    string(REGEX MATCHALL "\n    [A-Za-z0-9_/]+\\.(cpp|h|ui)" listed "${lists}")
    list(TRANSFORM listed STRIP)
    foreach(file IN LISTS listed)
        if(NOT EXISTS ${dir}/${file})
            string(APPEND problems "  src/${layer}/CMakeLists.txt lists ${file}, which does not exist\n")
        endif()
    endforeach()
endforeach()
if(checked LESS 100)
    message(FATAL_ERROR "only ${checked} source files found under ${SOURCE_DIR}/src")
endif()
if(problems)
    message(FATAL_ERROR "Source lists out of step with the tree:\n${problems}")
endif()
message(STATUS "${checked} source files, each listed once in its layer")
