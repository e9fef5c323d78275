<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Client</name>
    <message numerus="yes">
        <source>None of the %n option(s) the endpoint answered has a &quot;%1&quot; member.</source>
        <translation>
            <numerusform>The option the endpoint answered has no &quot;%1&quot; member.</numerusform>
            <numerusform>None of the %n options the endpoint answered has a &quot;%1&quot; member.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The supervisor at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The supervisor at %1 did not answer within %n second.</numerusform>
            <numerusform>The supervisor at %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message numerus="yes">
        <source>Multitasking is off for this task and %n older job(s) wait before this one.</source>
        <translation>
            <numerusform>Multitasking is off for this task and %n older job waits before this one.</numerusform>
            <numerusform>Multitasking is off for this task and %n older jobs wait before this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n character(s) long.</source>
        <translation>
            <numerusform>%1 must be at least %n character long.</numerusform>
            <numerusform>%1 must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n character(s) long.</source>
        <translation>
            <numerusform>%1 must be at most %n character long.</numerusform>
            <numerusform>%1 must be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ArgumentEditor</name>
    <message numerus="yes">
        <source>%1 (%n argument(s))</source>
        <translation>
            <numerusform>%1 (%n argument)</numerusform>
            <numerusform>%1 (%n arguments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n Task(s)</source>
        <translation>
            <numerusform>Change %n Task</numerusform>
            <numerusform>Change %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will change.</source>
        <translation>
            <numerusform>%n task will change.</numerusform>
            <numerusform>%n tasks will change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::BulkRunDialog</name>
    <message numerus="yes">
        <source>Run %n Task(s)</source>
        <translation>
            <numerusform>Run %n Task</numerusform>
            <numerusform>Run %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n Task(s)</source>
        <translation>
            <numerusform>&amp;Run %n Task</numerusform>
            <numerusform>&amp;Run %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run these %n task(s) now?</source>
        <translation>
            <numerusform>Run this task now?</numerusform>
            <numerusform>Run these %n tasks now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ConnectionDialog</name>
    <message numerus="yes">
        <source>✓ Connected%1: the token works and %n task(s) are visible.</source>
        <translation>
            <numerusform>✓ Connected%1: the token works and %n task is visible.</numerusform>
            <numerusform>✓ Connected%1: the token works and %n tasks are visible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ExportOptionsDialog</name>
    <message numerus="yes">
        <source>Export %n Task(s)</source>
        <translation>
            <numerusform>Export %n Task</numerusform>
            <numerusform>Export %n Tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Import %n Recipe(s)</source>
        <translation>
            <numerusform>Import %n Recipe</numerusform>
            <numerusform>Import %n Recipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipe(s) not imported yet. Close anyway?</source>
        <translation>
            <numerusform>%n recipe not imported yet. Close anyway?</numerusform>
            <numerusform>%n recipes not imported yet. Close anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ImportPreviewPage</name>
    <message numerus="yes">
        <source>Triggered by %n event(s) of the supervisor it came from (kept as they are).</source>
        <translation>
            <numerusform>Triggered by %n event of the supervisor it came from (kept as it is).</numerusform>
            <numerusform>Triggered by %n events of the supervisor it came from (kept as they are).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::JobHistoryPanel</name>
    <message numerus="yes">
        <source>Cancel %n job(s)?</source>
        <translation>
            <numerusform>Cancel %n job?</numerusform>
            <numerusform>Cancel %n jobs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Finished Job(s)</source>
        <translation>
            <numerusform>Delete %n Finished Job</numerusform>
            <numerusform>Delete %n Finished Jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Everything (%n job(s))</source>
        <translation>
            <numerusform>Delete Everything (%n job)</numerusform>
            <numerusform>Delete Everything (%n jobs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>Deleted %n job.</numerusform>
            <numerusform>Deleted %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more pending)</source>
        <translation>
            <numerusform>(%n more pending)</numerusform>
            <numerusform>(%n more pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::JobTray</name>
    <message numerus="yes">
        <source>TheEye Desktop: %n job(s) running or queued</source>
        <translation>
            <numerusform>TheEye Desktop: %n job running or queued</numerusform>
            <numerusform>TheEye Desktop: %n jobs running or queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 of %n task</numerusform>
            <numerusform>%1 of %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) in progress</source>
        <translation>
            <numerusform> · %n job in progress</numerusform>
            <numerusform> · %n jobs in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n tasks? Their jobs and schedules are deleted too.

</source>
        <translation>
            <numerusform>Delete this task? Its jobs and schedules are deleted too.

</numerusform>
            <numerusform>Delete these %n tasks? Their jobs and schedules are deleted too.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ResultListDialog</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::ScriptPicker</name>
    <message numerus="yes">
        <source>also used by %n other task(s)</source>
        <translation>
            <numerusform>also used by %n other task</numerusform>
            <numerusform>also used by %n other tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your edits change %n other task(s) too: %1.</source>
        <translation>
            <numerusform>Your edits change %n other task too: %1.</numerusform>
            <numerusform>Your edits change %n other tasks too: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also used by %n other task(s): %1.</source>
        <translation>
            <numerusform>Also used by %n other task: %1.</numerusform>
            <numerusform>Also used by %n other tasks: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditorForm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::TriggerPicker</name>
    <message numerus="yes">
        <source>Starts automatically after %n event(s).</source>
        <translation>
            <numerusform>Starts automatically after %n event.</numerusform>
            <numerusform>Starts automatically after %n events.</numerusform>
        </translation>
    </message>
</context>
</TS>
