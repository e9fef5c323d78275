# The job windows (issue 8): run form, job view, history dock, tray, bulk run, and the
# controller that wires them into the main window.
target_sources(theeye_ui PRIVATE
    jobs/bulkrundialog.cpp jobs/bulkrundialog.h
    jobs/jobbadge.cpp jobs/jobbadge.h
    jobs/jobdialog.cpp jobs/jobdialog.h
    jobs/jobhistoryactions.cpp
    jobs/jobhistorypanel.cpp jobs/jobhistorypanel.h
    jobs/joboutputpane.cpp jobs/joboutputpane.h
    jobs/jobresultview.cpp jobs/jobresultview.h
    jobs/jobrunning.cpp jobs/jobrunning.h
    jobs/jobstr.h
    jobs/jobtray.cpp jobs/jobtray.h
    jobs/jobwaitpanel.cpp jobs/jobwaitpanel.h
    jobs/rundialog.cpp jobs/rundialog.h
    jobs/waitreason.cpp jobs/waitreason.h
)
