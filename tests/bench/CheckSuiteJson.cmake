# bench_smoke: runs bench_suite on a small demo database and checks the shape of its JSON (every expected
# figure present and a number, no step failed). Timings are never checked here.
#   cmake -DSUITE=... -DCLI=... -DOUT=DIR -DCUSTOMERS=N -P CheckSuiteJson.cmake
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${SUITE}" --customers "${CUSTOMERS}" --out "${OUT}" --cli "${CLI}" --quick
                OUTPUT_FILE "${OUT}/suite.json" RESULT_VARIABLE rc)
file(READ "${OUT}/suite.json" json)
string(JSON failures ERROR_VARIABLE err GET "${json}" failures)
if(err)
    message(FATAL_ERROR "bench_suite printed no JSON object (exit ${rc}): ${err}")
endif()
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_suite failed (exit ${rc}): ${failures}")
endif()

set(expected
    seconds
    machine.cores machine.load_1min_max_seen
    database.customers database.deals database.tickets database.activities database.bytes database.demo_s
    startup.empty_window_ms startup.rapport_ms startup.rapport_minus_empty_ms startup.ratio_vs_empty_window
    startup.rapport_cpu_ms startup.empty_window_cpu_ms search.cpu_p50_ms search.cpu_p95_ms search.speedup_cpu_p50_vs_like
    customer_list.first_page_cpu_ms customer_list.jump_to_end_cpu_ms customer_list.sort_indexed_worst_cpu_ms ticket_queue.open_cpu_ms
    search.p50_ms search.p95_ms search.like_scan_p50_ms search.speedup_p50_vs_like search.speedup_p95_vs_like
    search.slowest_query_p95_ms search.queries
    customer_list.first_page_ms customer_list.jump_to_end_ms customer_list.filter_by_tag_ms customer_list.rows
    customer_list.sort_indexed_worst_ms customer_list.sort_worst_ms
    customer_list.filter_keystroke_first_pass_ms_worst customer_list.filter_keystroke_second_pass_ms_median
    ticket_queue.open_ms ticket_queue.all_ms ticket_queue.all_rows
    board.open_median_ms board.card_move_median_ms board.column_scroll_to_end_ms board.widgets
    reports.count reports.worst_report_ms reports.pdf_pack_ms reports.pdf_pack_pages
    import.rows import.import_s import.raw_insert_s import.ratio_vs_raw import.peak_rss_mb
    safety.backup_s safety.check_s safety.check_clean
    memory.gui_rss_mb memory.gui_peak_rss_mb memory.gui_peak_rss_after_workload_mb memory.empty_window_peak_rss_mb)
foreach(c IN ITEMS name company email phone tags value tier last_contact open_deals)
    list(APPEND expected customer_list.sort_${c}_asc_ms customer_list.sort_${c}_desc_ms)
endforeach()

set(problems "")
foreach(key IN LISTS expected)
    string(REPLACE "." ";" path "${key}")
    string(JSON type ERROR_VARIABLE err TYPE "${json}" ${path})
    if(err OR NOT type STREQUAL "NUMBER")
        list(APPEND problems "${key} is missing or not a number")
    endif()
endforeach()

# Every report bench_reports knows is there, and every target has a measured value.
string(JSON reports GET "${json}" reports count)
if(reports LESS 7)
    list(APPEND problems "only ${reports} reports measured")
endif()
string(JSON targets LENGTH "${json}" targets)
math(EXPR last "${targets} - 1")
foreach(i RANGE ${last})
    string(JSON figure GET "${json}" targets ${i} figure)
    string(JSON type TYPE "${json}" targets ${i} value)
    if(NOT type STREQUAL "NUMBER")
        list(APPEND problems "target ${figure} has no measured value")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "bench_suite JSON is not complete:\n  ${text}")
endif()
message(STATUS "bench_suite JSON complete: ${targets} targets, ${reports} reports")
