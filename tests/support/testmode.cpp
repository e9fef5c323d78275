#include <QCoreApplication>
#include <QStandardPaths>

namespace {

// Runs as soon as the Q(Core|Gui)Application of a test exists, before any test function: every
// QStandardPaths location and QSettings file of the test points at a test-mode directory.
void enableStandardPathsTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TheEyeTests"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(enableStandardPathsTestMode)
