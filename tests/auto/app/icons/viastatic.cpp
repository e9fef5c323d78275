#include "viastatic.h"

// Referenced by the test so this library is linked at all; the icons must come along without
// anything referring to them.
int iconsViaStaticLibraryMarker()
{
    return 1;
}
