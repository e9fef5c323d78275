# The task editor, scripts, recipe export and import (issue 7).
target_sources(theeye_ui PRIVATE
    editing/editingtr.h
    editing/enveditor.cpp editing/enveditor.h
    editing/exportoptionsdialog.cpp editing/exportoptionsdialog.h
    editing/importpreviewdialog.cpp editing/importpreviewdialog.h
    editing/importpreviewpage.cpp editing/importpreviewpage.h
    editing/listedit.cpp editing/listedit.h
    editing/problemdelegate.cpp editing/problemdelegate.h
    editing/recipeexporter.cpp editing/recipeexporter.h
    editing/recipefiles.cpp editing/recipefiles.h
    editing/resultlistdialog.cpp editing/resultlistdialog.h
    editing/runas.cpp editing/runas.h
    editing/scriptpicker.cpp editing/scriptpicker.h
    editing/taskediting.cpp editing/taskediting.h
    editing/taskeditordialog.cpp editing/taskeditordialog.h
    editing/taskeditorform.cpp editing/taskeditorform.h
    editing/taskfields.cpp editing/taskfields.h
    editing/tasksaver.cpp editing/tasksaver.h
    editing/timeoutedit.cpp editing/timeoutedit.h
    editing/triggerpicker.cpp editing/triggerpicker.h
)
