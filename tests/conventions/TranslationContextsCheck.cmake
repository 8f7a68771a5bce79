# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DLUPDATE=<path> -DSOURCE_DIR=<root> -DOUTPUT=<scratch .ts> -P TranslationContextsCheck.cmake
# A translation is found only if the context lupdate files a string under is the one tr() asks
# for at run time. They agree when every tr() belongs to a class that declares it: Q_OBJECT, or
# Q_DECLARE_TR_FUNCTIONS(lac::Name) (free functions call Name::tr). This runs lupdate on the
# sources as update_translations does and fails if
#   - lupdate warns (a tr() in a class without Q_OBJECT/Q_DECLARE_TR_FUNCTIONS, which at run
#     time asks under another context, or a tr() call lupdate cannot read),
#   - a string's context is not the name of one of our classes, "lac::Name" ("lac", "QObject",
#     "Name" or an empty context mean a tr() outside a class or a hand-written context); a
#     Designer form's strings keep its <class>, which uic also asks for at run time,
#   - a file-local tr()/trn() helper comes back (lupdate files its strings under the calling
#     class or namespace, while the helper asks under its own literal, and never sees trn()).
cmake_minimum_required(VERSION 3.25)

file(GLOB_RECURSE sources ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h)
file(GLOB_RECURSE forms ${SOURCE_DIR}/src/*.ui)
list(LENGTH sources count)
if(count LESS 20)
    message(FATAL_ERROR "only ${count} C++ files found under ${SOURCE_DIR}/src")
endif()

set(problems "")

# File-local helpers, and the class names a context may use.
set(classes "")
foreach(file IN LISTS sources)
    file(READ ${file} text)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
    if(text MATCHES "QString[ \t\n]+trn?[ \t\n]*\\([ \t\n]*const[ \t\n]+char[ \t\n]*\\*"
       OR text MATCHES "[^A-Za-z0-9_:.>]trn?[ \t\n]*=[ \t\n]*\\[[^]]*\\][ \t\n]*\\([ \t\n]*const[ \t\n]+char")
        string(CONCAT problem "${rel}: a file-local tr() helper (declare "
            "Q_DECLARE_TR_FUNCTIONS(lac::Name) in the class, call Name::tr() from free functions)")
        list(APPEND problems "${problem}")
    endif()
    string(REGEX MATCHALL "(class|struct)[ \t\n]+[A-Z][A-Za-z0-9_]*" decls "${text}")
    foreach(decl IN LISTS decls)
        string(REGEX REPLACE "^(class|struct)[ \t\n]+" "" name "${decl}")
        list(APPEND classes ${name})
    endforeach()
endforeach()
set(form_classes "")
foreach(form IN LISTS forms)
    file(READ ${form} text)
    if(text MATCHES "<ui [^>]*>[ \t\n]*<class>([^<]+)</class>")
        list(APPEND form_classes ${CMAKE_MATCH_1})
    endif()
endforeach()
list(REMOVE_DUPLICATES classes)

# lupdate, as update_translations runs it, into a scratch catalogue.
set(list_file ${OUTPUT}.sources)
string(REPLACE ";" "\n" lines "${sources};${forms}")
file(WRITE ${list_file} "${lines}\n")
file(REMOVE ${OUTPUT})
get_filename_component(out_dir ${OUTPUT} DIRECTORY)
execute_process(
    COMMAND ${LUPDATE} -locations absolute -no-obsolete
            -I ${SOURCE_DIR}/src/core -I ${SOURCE_DIR}/src/models
            -I ${SOURCE_DIR}/src/ui -I ${SOURCE_DIR}/src/app -I ${SOURCE_DIR}/src/features
            @${list_file} -ts ${OUTPUT}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE summary
    ERROR_VARIABLE warnings)
if(NOT result EQUAL 0 OR NOT EXISTS ${OUTPUT})
    message(FATAL_ERROR "lupdate failed (${result}):\n${summary}${warnings}")
endif()
string(STRIP "${warnings}" warnings)
if(warnings)
    string(REPLACE "${SOURCE_DIR}/" "" warnings "${warnings}")
    string(REPLACE "\n" ";" warnings "${warnings}")
    foreach(w IN LISTS warnings)
        list(APPEND problems "lupdate: ${w}")
    endforeach()
endif()

# Every context, and each file where a context that is not one of our classes is used.
file(STRINGS ${OUTPUT} ts_lines REGEX "<name>|<name/>|<message|<location ")
set(contexts 0)
set(messages 0)
set(reported "")
foreach(line IN LISTS ts_lines)
    if(line MATCHES "<name>([^<]*)</name>|<name/>")
        set(context "${CMAKE_MATCH_1}")
        math(EXPR contexts "${contexts} + 1")
        set(ok FALSE)
        set(form_ok FALSE)
        if(context MATCHES "^lac::([A-Z][A-Za-z0-9_]*)$")
            if(CMAKE_MATCH_1 IN_LIST classes)
                set(ok TRUE)
            endif()
        elseif(context IN_LIST form_classes)
            set(form_ok TRUE)
        endif()
    elseif(line MATCHES "<message")
        math(EXPR messages "${messages} + 1")
    elseif(NOT ok AND line MATCHES "<location filename=\"([^\"]+)\" line=\"([0-9]+)\"")
        set(line_number ${CMAKE_MATCH_2})
        get_filename_component(where "${CMAKE_MATCH_1}" ABSOLUTE BASE_DIR ${out_dir})
        file(RELATIVE_PATH where ${SOURCE_DIR} ${where})
        if(form_ok AND where MATCHES "\\.ui$")
            continue()
        endif()
        if(NOT "${context}|${where}" IN_LIST reported)
            list(APPEND reported "${context}|${where}")
            string(CONCAT problem "${where}:${line_number}: context \"${context}\" is not "
                "one of our classes (lac::Name)")
            list(APPEND problems "${problem}")
        endif()
    endif()
endforeach()
if(contexts LESS 20 OR messages LESS 200)
    list(APPEND problems "lupdate found only ${messages} strings in ${contexts} contexts")
endif()

if(problems)
    list(LENGTH problems n)
    list(JOIN problems "\n  " problems)
    message(FATAL_ERROR "${n} translation context problem(s): tr() would look a string up under "
        "another context than the catalogue files it under:\n  ${problems}")
endif()
message(STATUS "${messages} strings in ${contexts} contexts, each a class that declares tr()")
