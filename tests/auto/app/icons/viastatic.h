#pragma once

int iconsViaStaticLibraryMarker();
