# Fails when a translation is missing or stale: runs lupdate over the sources into copies of the committed
# .ts files and counts unfinished or obsolete messages. `scripts/translations` fixes what it reports.
# Reads the same sources as qt_add_translations in ui/CMakeLists.txt.
# Inputs: LUPDATE (the tool), SOURCE_DIR (the project), WORK_DIR (a scratch folder).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(sources "")
foreach(part core ui render app/gui/main.cpp app/cli/ReportCommand.cpp)
    if(EXISTS "${SOURCE_DIR}/${part}")
        list(APPEND sources "${SOURCE_DIR}/${part}")
    endif()
endforeach()
set(problems "")
foreach(lang zh_CN en)
    set(ts "${WORK_DIR}/rapport_${lang}.ts")
    file(COPY_FILE "${SOURCE_DIR}/resources/translations/rapport_${lang}.ts" "${ts}")
    execute_process(
        COMMAND "${LUPDATE}" -locations none -no-obsolete -extensions cpp,h
                ${sources} -ts "${ts}"
        RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${errors}")
    endif()
    file(READ "${ts}" content)
    # lupdate files a tr() made outside any class under the bare namespace; at run time such a helper
    # looks the text up under its own context, so the translation is never found.
    if(content MATCHES "<name>rapport</name>")
        string(APPEND problems "rapport_${lang}.ts: strings in the context \"rapport\" come from tr() outside a class; "
                               "call QCoreApplication::translate(\"rapport::Class\", ...) there or move the code into the class\n")
    endif()
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"(unfinished|obsolete|vanished)\"" stale "${content}")
    list(LENGTH stale count)
    if(count GREATER 0)
        foreach(entry IN LISTS stale)
            string(REGEX REPLACE "<source>([^<]*)</source>.*type=\"([a-z]+)\"" "  \\2: \\1" line "${entry}")
            string(APPEND problems "rapport_${lang}.ts${line}\n")
        endforeach()
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are not complete; run scripts/translations and add the missing Chinese:\n${problems}")
endif()
message(STATUS "Every string is translated in rapport_zh_CN.ts and rapport_en.ts")
