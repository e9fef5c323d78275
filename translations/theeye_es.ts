<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Client</name>
    <message>
        <source>The supervisor URL must be an http:// or https:// address.</source>
        <translation>La URL del supervisor debe ser una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>The supervisor URL must not have a query or fragment.</source>
        <translation>La URL del supervisor no debe tener consulta ni fragmento.</translation>
    </message>
    <message>
        <source>The organization is missing.</source>
        <translation>Falta la organización.</translation>
    </message>
    <message>
        <source>The access token contains spaces, line breaks or other characters a token cannot have.</source>
        <translation>El token de acceso contiene espacios, saltos de línea u otros caracteres que un token no puede tener.</translation>
    </message>
    <message>
        <source>The sign-in URL must be an http:// or https:// address.</source>
        <translation>La URL de inicio de sesión debe ser una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>a list was expected.</source>
        <translation>se esperaba una lista.</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>elemento %1: %2</translation>
    </message>
    <message>
        <source>the task has no id.</source>
        <translation>la tarea no tiene id.</translation>
    </message>
    <message>
        <source>a bot must be an object with an id.</source>
        <translation>un bot debe ser un objeto con id.</translation>
    </message>
    <message>
        <source>an event must be an object with an id.</source>
        <translation>un evento debe ser un objeto con id.</translation>
    </message>
    <message>
        <source>the script has no id.</source>
        <translation>el script no tiene id.</translation>
    </message>
    <message>
        <source>an object was expected.</source>
        <translation>se esperaba un objeto.</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; is missing.</source>
        <translation>falta el número &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the job could not be built.</source>
        <translation>no se pudo construir el trabajo.</translation>
    </message>
    <message>
        <source>The token file &quot;%1&quot; cannot be written.</source>
        <translation>No se puede escribir el archivo de token &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The stored token is damaged.</source>
        <translation>El token guardado está dañado.</translation>
    </message>
    <message>
        <source>The stored token was altered or its key replaced; enter the token again.</source>
        <translation>El token guardado fue alterado o su clave reemplazada; introduzca el token de nuevo.</translation>
    </message>
    <message>
        <source>The token key file &quot;%1&quot; is damaged.</source>
        <translation>El archivo de clave del token &quot;%1&quot; está dañado.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>No se puede crear la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token file &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer el archivo de token &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token file &quot;%1&quot; is damaged.</source>
        <translation>El archivo de token &quot;%1&quot; está dañado.</translation>
    </message>
    <message>
        <source>The token key file &quot;%1&quot; is missing.</source>
        <translation>Falta el archivo de clave del token &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the output stream ended before the job finished.</source>
        <translation>la salida en vivo terminó antes de que finalizara el trabajo.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the token.</source>
        <translation>No hay un llavero del sistema disponible para guardar el token.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the token.</source>
        <translation>El llavero del sistema denegó el acceso al token.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token: %1</source>
        <translation>El llavero del sistema no pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>La conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the token. It can be kept in an encrypted file instead if you allow it.</source>
        <translation>No hay un llavero del sistema disponible para guardar el token. Si lo permite, puede guardarse en un archivo cifrado.</translation>
    </message>
    <message>
        <source>The options address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección de opciones &quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>The options address must start with http:// or https://, not %1:.</source>
        <translation>La dirección de opciones debe empezar por http:// o https://, no por %1:.</translation>
    </message>
    <message>
        <source>The options endpoint answered an object without a list of options.</source>
        <translation>El endpoint de opciones respondió un objeto sin lista de opciones.</translation>
    </message>
    <message>
        <source>The options endpoint did not answer a list.</source>
        <translation>El endpoint de opciones no respondió una lista.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n option(s) the endpoint answered has a &quot;%1&quot; member.</source>
        <translation>
            <numerusform>La opción que respondió el endpoint no tiene un miembro &quot;%1&quot;.</numerusform>
            <numerusform>Ninguna de las %n opciones que respondió el endpoint tiene un miembro &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 is invalid</source>
        <translation>%1 no es válido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field name (error code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 The supervisor said: &quot;%2&quot;</source>
        <comment>sentence, server message</comment>
        <translation>%1 El supervisor dijo: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved. Check the connection&apos;s URL and the network.</source>
        <translation>No se pudo resolver el nombre de host &quot;%1&quot;. Revise la URL de la conexión y la red.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the supervisor is not running there or the port is wrong.</source>
        <translation>Nada responde en %1: el supervisor no se está ejecutando allí o el puerto es incorrecto.</translation>
    </message>
    <message>
        <source>The supervisor at %1 closed the connection before its answer was complete.</source>
        <translation>El supervisor en %1 cerró la conexión antes de completar su respuesta.</translation>
    </message>
    <message>
        <source>The supervisor at %1 closed the connection without answering.</source>
        <translation>El supervisor en %1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Falló la solicitud a %1: %2</translation>
    </message>
    <message>
        <source>The server sends this request to %1 instead. If the supervisor moved (for example to https), update the connection&apos;s URL.</source>
        <translation>El servidor redirige esta solicitud a %1. Si el supervisor cambió de dirección (por ejemplo, a https), actualice la URL de la conexión.</translation>
    </message>
    <message>
        <source>The supervisor refused the values: %1.</source>
        <translation>El supervisor rechazó los valores: %1.</translation>
    </message>
    <message>
        <source>The supervisor refused the request.</source>
        <translation>El supervisor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>The supervisor rejected the access token: it has expired or is wrong. Sign in again or enter a new token.</source>
        <translation>El supervisor rechazó el token de acceso: ha caducado o es incorrecto. Inicie sesión de nuevo o introduzca un token nuevo.</translation>
    </message>
    <message>
        <source>This connection has no access token. Sign in or enter a token first.</source>
        <translation>Esta conexión no tiene token de acceso. Primero inicie sesión o introduzca un token.</translation>
    </message>
    <message>
        <source>The task&apos;s secret key is wrong.</source>
        <translation>La clave secreta de la tarea es incorrecta.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite esto.</translation>
    </message>
    <message>
        <source>The supervisor does not allow this.</source>
        <translation>El supervisor no permite esto.</translation>
    </message>
    <message>
        <source>This supervisor does not offer %1; it may be another version.</source>
        <translation>Este supervisor no ofrece %1; puede que sea otra versión.</translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; does not exist on this supervisor.</source>
        <translation>La organización &quot;%1&quot; no existe en este supervisor.</translation>
    </message>
    <message>
        <source>It does not exist on the supervisor (any more).</source>
        <translation>No existe en el supervisor (o ya no existe).</translation>
    </message>
    <message>
        <source>This supervisor does not allow %1 here; it may be another version.</source>
        <translation>Este supervisor no permite %1 aquí; puede que sea otra versión.</translation>
    </message>
    <message>
        <source>The job did not finish while the supervisor waited for its result.</source>
        <translation>El trabajo no terminó mientras el supervisor esperaba su resultado.</translation>
    </message>
    <message>
        <source>The access token belongs to another organization than &quot;%1&quot;. Check the connection&apos;s organization.</source>
        <translation>El token de acceso pertenece a una organización distinta de &quot;%1&quot;. Revise la organización de la conexión.</translation>
    </message>
    <message>
        <source>The request is larger than the supervisor accepts.</source>
        <translation>La solicitud es más grande de lo que acepta el supervisor.</translation>
    </message>
    <message>
        <source>The supervisor failed with an internal error.</source>
        <translation>El supervisor falló con un error interno.</translation>
    </message>
    <message>
        <source>The supervisor is unavailable (%1).</source>
        <translation>El supervisor no está disponible (%1).</translation>
    </message>
    <message>
        <source>The supervisor answered with HTTP status %1.</source>
        <translation>El supervisor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The connection cannot be used: %1</source>
        <translation>No se puede usar la conexión: %1</translation>
    </message>
    <message>
        <source>The supervisor&apos;s answer is larger than the limit of %1 MiB.</source>
        <translation>La respuesta del supervisor supera el límite de %1 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>The supervisor at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El supervisor en %1 no respondió en %n segundo.</numerusform>
            <numerusform>El supervisor en %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>No se pudo leer la respuesta de %1: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is not HTTP. Is this the address of a TheEye supervisor?</source>
        <translation>La respuesta de %1 no es HTTP. ¿Es esta la dirección de un supervisor de TheEye?</translation>
    </message>
    <message>
        <source>The supervisor could not start the job: %1</source>
        <translation>El supervisor no pudo iniciar el trabajo: %1</translation>
    </message>
    <message>
        <source>The answer from %1 is not JSON. Is this the address of a TheEye supervisor?</source>
        <translation>La respuesta de %1 no es JSON. ¿Es esta la dirección de un supervisor de TheEye?</translation>
    </message>
    <message>
        <source>The supervisor&apos;s answer does not have the expected form: %1</source>
        <translation>La respuesta del supervisor no tiene la forma esperada: %1</translation>
    </message>
    <message>
        <source>The status is not a JSON object.</source>
        <translation>El estado no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The status has no &quot;status&quot; text.</source>
        <translation>El estado no tiene el texto &quot;status&quot;.</translation>
    </message>
    <message>
        <source>The greeting is not a JSON string.</source>
        <translation>El saludo no es una cadena JSON.</translation>
    </message>
    <message>
        <source>The answer has no access token.</source>
        <translation>La respuesta no contiene un token de acceso.</translation>
    </message>
    <message>
        <source>The connection has no sign-in URL or user name.</source>
        <translation>La conexión no tiene URL de inicio de sesión ni nombre de usuario.</translation>
    </message>
    <message>
        <source>the credentials have no secret.</source>
        <translation>las credenciales no tienen secreto.</translation>
    </message>
    <message>
        <source>a schedule must be an object with an id.</source>
        <translation>una programación debe ser un objeto con id.</translation>
    </message>
    <message>
        <source>the supervisor did not keep the new secret.</source>
        <translation>el supervisor no guardó el nuevo secreto.</translation>
    </message>
    <message>
        <source>The session profile names no role.</source>
        <translation>El perfil de la sesión no indica ningún rol.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>TheEye Desktop: keep, run and follow TheEye tasks, against a TheEye supervisor or the local supervisor on this computer.</source>
        <translation>TheEye Desktop: guarde, ejecute y siga tareas de TheEye, con un supervisor de TheEye o con el supervisor local de este equipo.</translation>
    </message>
    <message>
        <source>Connect with the saved connection &lt;name&gt;.</source>
        <translation>Conectar con la conexión guardada &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Use the local supervisor on this computer.</source>
        <translation>Usar el supervisor local de este equipo.</translation>
    </message>
    <message>
        <source>Keep the local supervisor&apos;s data in &lt;dir&gt;.</source>
        <translation>Guardar los datos del supervisor local en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, es).</source>
        <translation>Usar el idioma &lt;code&gt; (en, es).</translation>
    </message>
    <message>
        <source>Serve the local supervisor on &lt;port&gt; (default 60080; a free one when taken).</source>
        <translation>Servir el supervisor local en &lt;port&gt; (predeterminado 60080; uno libre si está ocupado).</translation>
    </message>
    <message>
        <source>Recipe files to import.</source>
        <translation>Archivos de receta que importar.</translation>
    </message>
    <message>
        <source>theeye-desktop: --port needs a number from 0 to 65535.
</source>
        <translation>theeye-desktop: --port necesita un número de 0 a 65535.
</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>recipe</source>
        <translation>receta</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>arguments file</source>
        <translation>archivo de argumentos</translation>
    </message>
    <message>
        <source>Recipe, shallow: no fixed or env values (*.recipe.json)</source>
        <translation>Receta, superficial: sin valores fijos ni de entorno (*.recipe.json)</translation>
    </message>
    <message>
        <source>Backup, deep: everything, values included (*.backup.json)</source>
        <translation>Copia de seguridad, completa: todo, valores incluidos (*.backup.json)</translation>
    </message>
    <message>
        <source>Arguments only (*_arguments.json)</source>
        <translation>Solo argumentos (*_arguments.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>the file is %1; a recipe may be at most %2.</source>
        <translation>el archivo ocupa %1; una receta puede ocupar como máximo %2.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>no se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>the file is larger than %1.</source>
        <translation>el archivo ocupa más de %1.</translation>
    </message>
    <message>
        <source>%1: the folder holds no .json files.</source>
        <translation>%1: la carpeta no contiene archivos .json.</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argumento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Task Arguments</source>
        <translation>Argumentos de la tarea</translation>
    </message>
    <message>
        <source>Run As</source>
        <translation>Ejecutar como</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>ACL&apos;s</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Disparada por</translation>
    </message>
    <message>
        <source>Trigger on-hold time</source>
        <translation>Tiempo de espera del disparador</translation>
    </message>
    <message>
        <source>Execution Timeout</source>
        <translation>Tiempo límite de ejecución</translation>
    </message>
    <message>
        <source>Multitasking</source>
        <translation>Multitarea</translation>
    </message>
    <message>
        <source>Cancellable</source>
        <translation>Cancelable</translation>
    </message>
    <message>
        <source>Environment (env)</source>
        <translation>Entorno (env)</translation>
    </message>
    <message>
        <source>Default final state</source>
        <translation>Estado final predeterminado</translation>
    </message>
    <message>
        <source>Jobs kept in history</source>
        <translation>Trabajos guardados en el historial</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: separate entries with commas.</source>
        <translation>&quot;%1&quot; contiene un espacio: separe las entradas con comas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email, a role (viewer, user, manager, admin, owner) or a key:value tag.</source>
        <translation>&quot;%1&quot; no es un correo electrónico, un rol (viewer, user, manager, admin, owner) ni una etiqueta clave:valor.</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>Malformed JSON body: %1 at offset %2</source>
        <translation>Cuerpo JSON mal formado: %1 en la posición %2</translation>
    </message>
    <message>
        <source>Malformed JSON body: more than one value</source>
        <translation>Cuerpo JSON mal formado: más de un valor</translation>
    </message>
    <message>
        <source>Malformed form body: it is not UTF-8 text</source>
        <translation>Cuerpo de formulario mal formado: no es texto UTF-8</translation>
    </message>
    <message>
        <source>The form body has more than %1 fields</source>
        <translation>El cuerpo del formulario tiene más de %1 campos</translation>
    </message>
    <message>
        <source>The request body has no Content-Type and is not JSON: %1</source>
        <translation>El cuerpo de la solicitud no tiene Content-Type y no es JSON: %1</translation>
    </message>
    <message>
        <source>The request body of type %1 is not JSON, a form or multipart form data: %2</source>
        <translation>El cuerpo de la solicitud de tipo %1 no es JSON, ni un formulario, ni datos de formulario multipart: %2</translation>
    </message>
    <message>
        <source>Too many requests are waiting for an answer; try again later</source>
        <translation>Hay demasiadas solicitudes esperando respuesta; inténtelo más tarde</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>The server is shutting down</source>
        <translation>El servidor se está apagando</translation>
    </message>
    <message>
        <source>The request body is larger than the limit of %1 bytes</source>
        <translation>El cuerpo de la solicitud supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>Cannot read the TLS %1 file %2: %3</source>
        <translation>No se puede leer el archivo TLS de %1 %2: %3</translation>
    </message>
    <message>
        <source>The TLS %1 file %2 is not in PEM format</source>
        <translation>El archivo TLS de %1 %2 no está en formato PEM</translation>
    </message>
    <message>
        <source>Cannot listen on &quot;%1&quot;: not an IP address</source>
        <translation>No se puede escuchar en &quot;%1&quot;: no es una dirección IP</translation>
    </message>
    <message>
        <source>libmicrohttpd gave no reason</source>
        <translation>libmicrohttpd no indicó el motivo</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server on %1 port %2: %3</source>
        <translation>No se puede iniciar el servidor HTTP en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: it has no object to hand requests to</source>
        <translation>No se puede iniciar el servidor HTTP: no tiene un objeto al que entregar las solicitudes</translation>
    </message>
    <message>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>TLS necesita un archivo de certificado y un archivo de clave</translation>
    </message>
    <message>
        <source>This libmicrohttpd was built without TLS support</source>
        <translation>Esta libmicrohttpd se compiló sin soporte de TLS</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Malformed multipart body: a part&apos;s headers do not end with an empty line</source>
        <translation>Cuerpo multipart mal formado: las cabeceras de una parte no terminan con una línea vacía</translation>
    </message>
    <message>
        <source>Malformed multipart body: a part has no Content-Disposition: form-data</source>
        <translation>Cuerpo multipart mal formado: una parte no tiene Content-Disposition: form-data</translation>
    </message>
    <message>
        <source>Malformed multipart body: a part has no field name</source>
        <translation>Cuerpo multipart mal formado: una parte no tiene nombre de campo</translation>
    </message>
    <message>
        <source>The multipart field &quot;%1&quot; is not valid UTF-8</source>
        <translation>El campo multipart &quot;%1&quot; no es UTF-8 válido</translation>
    </message>
    <message>
        <source>The multipart body has no boundary in its Content-Type</source>
        <translation>El cuerpo multipart no tiene boundary en su Content-Type</translation>
    </message>
    <message>
        <source>The multipart boundary is too long</source>
        <translation>El boundary multipart es demasiado largo</translation>
    </message>
    <message>
        <source>Malformed multipart body: the boundary from Content-Type never occurs</source>
        <translation>Cuerpo multipart mal formado: el boundary del Content-Type no aparece nunca</translation>
    </message>
    <message>
        <source>Malformed multipart body: a boundary is not followed by a line break</source>
        <translation>Cuerpo multipart mal formado: un boundary no va seguido de un salto de línea</translation>
    </message>
    <message>
        <source>Malformed multipart body: it ends before its closing boundary</source>
        <translation>Cuerpo multipart mal formado: termina antes de su boundary de cierre</translation>
    </message>
    <message>
        <source>The multipart body has more than %1 parts</source>
        <translation>El cuerpo multipart tiene más de %1 partes</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Canceled while running</source>
        <translation>Cancelado durante la ejecución</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <comment>job origin</comment>
        <translation>Iniciado: %1</translation>
    </message>
    <message>
        <source>Started by %1 · %2</source>
        <comment>user, job origin</comment>
        <translation>Iniciado por %1 · %2</translation>
    </message>
    <message>
        <source>Lifecycle: %1 · State: %2</source>
        <translation>Ciclo de vida: %1 · Estado: %2</translation>
    </message>
    <message>
        <source>the bot</source>
        <translation>el bot</translation>
    </message>
    <message>
        <source>Waiting for approval: the job runs once an approver accepts it.</source>
        <translation>Esperando aprobación: el trabajo se ejecuta cuando un aprobador lo acepte.</translation>
    </message>
    <message>
        <source>Waiting for input: give the arguments below to let it run.</source>
        <translation>Esperando datos: indique los argumentos de abajo para que se ejecute.</translation>
    </message>
    <message>
        <source>On hold: the job was put on hold and runs when someone releases it.</source>
        <translation>En espera: el trabajo se puso en espera y se ejecuta cuando alguien lo libere.</translation>
    </message>
    <message>
        <source>The bot %1 stopped reporting. The job waits in the queue and runs when the bot is back.</source>
        <translation>El bot %1 dejó de reportar. El trabajo espera en la cola y se ejecuta cuando el bot vuelva.</translation>
    </message>
    <message>
        <source>Multitasking is off for this task and job %1 (started %2) is running. This job starts when it ends.</source>
        <translation>La multitarea está desactivada para esta tarea y el trabajo %1 (iniciado %2) se está ejecutando. Este trabajo empieza cuando aquel termine.</translation>
    </message>
    <message numerus="yes">
        <source>Multitasking is off for this task and %n older job(s) wait before this one.</source>
        <translation>
            <numerusform>La multitarea está desactivada para esta tarea y %n trabajo anterior espera antes que este.</numerusform>
            <numerusform>La multitarea está desactivada para esta tarea y %n trabajos anteriores esperan antes que este.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued for %1. Remote bots ask for work every few seconds and run a limited number of jobs at once; it starts when the bot takes it.</source>
        <translation>En cola para %1. Los bots remotos piden trabajo cada pocos segundos y ejecutan un número limitado de trabajos a la vez; empieza cuando el bot lo tome.</translation>
    </message>
    <message>
        <source>Starting on %1…</source>
        <translation>Iniciando en %1…</translation>
    </message>
    <message>
        <source>The bot %1 is busy with other jobs: it runs a limited number at once. This job starts as soon as one of them ends.</source>
        <translation>El bot %1 está ocupado con otros trabajos: ejecuta un número limitado a la vez. Este trabajo empieza en cuanto termine uno de ellos.</translation>
    </message>
    <message>
        <source>Syncing: the job waits for its data to be synchronised before it is queued.</source>
        <translation>Sincronizando: el trabajo espera a que se sincronicen sus datos antes de entrar en la cola.</translation>
    </message>
    <message>
        <source>Locked: the job is held and cannot start yet.</source>
        <translation>Bloqueado: el trabajo está retenido y aún no puede empezar.</translation>
    </message>
    <message>
        <source>Scheduled: next run in %1 (every %2).</source>
        <translation>Programado: próxima ejecución en %1 (cada %2).</translation>
    </message>
    <message>
        <source>A delayed run is due now.</source>
        <translation>Una ejecución diferida debe empezar ahora.</translation>
    </message>
    <message>
        <source>Starts in %1: a trigger started it and the task&apos;s grace time delays it.</source>
        <translation>Empieza en %1: lo inició un disparador y el tiempo de espera de la tarea lo retrasa.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>(complete the value)</source>
        <translation>(complete el valor)</translation>
    </message>
    <message>
        <source>Order</source>
        <comment>argument table column</comment>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>argument table column</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>argument table column</comment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>argument table column</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>environment variable</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>environment variable</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The variable needs a name.</source>
        <translation>La variable necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (letters, digits and _; not starting with a digit).</source>
        <translation>&quot;%1&quot; no es un nombre de variable válido (letras, dígitos y _; sin empezar por un dígito).</translation>
    </message>
    <message>
        <source>%1 is defined more than once.</source>
        <translation>%1 está definida más de una vez.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 succeeds</source>
        <translation>%1 termina con éxito</translation>
    </message>
    <message>
        <source>%1 (%2) succeeds</source>
        <translation>%1 (%2) termina con éxito</translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 falla</translation>
    </message>
    <message>
        <source>%1 (%2) fails</source>
        <translation>%1 (%2) falla</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The job is not a JSON object.</source>
        <translation>El trabajo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The job has no id.</source>
        <translation>El trabajo no tiene id.</translation>
    </message>
    <message>
        <source>The job member &quot;%1&quot; must be text.</source>
        <translation>El miembro &quot;%1&quot; del trabajo debe ser texto.</translation>
    </message>
    <message>
        <source>The job member &quot;result&quot; must be an object.</source>
        <translation>El miembro &quot;result&quot; del trabajo debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file argument: name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>State</source>
        <comment>job table column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>job table column</comment>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>job table column</comment>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>job table column</comment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>job table column: how the job was started</comment>
        <translation>Origen</translation>
    </message>
    <message>
        <source>User</source>
        <comment>job table column</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Exit code</source>
        <comment>job table column</comment>
        <translation>Código de salida</translation>
    </message>
    <message>
        <source>Arguments</source>
        <comment>job table column</comment>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>job origin</comment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Secret key</source>
        <comment>job origin</comment>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Triggered</source>
        <comment>job origin</comment>
        <translation>Disparado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>job origin</comment>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Workflow</source>
        <comment>job origin</comment>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>El documento está vacío.</translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1 at byte %2.</source>
        <translation>El documento no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>job lifecycle ready</comment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job lifecycle assigned</comment>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>job lifecycle</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Syncing</source>
        <comment>job lifecycle</comment>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>job lifecycle</comment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>job lifecycle</comment>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>job lifecycle</comment>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>job lifecycle</comment>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job lifecycle</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>job lifecycle</comment>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job lifecycle</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job lifecycle</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job state</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>job state</comment>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Failure</source>
        <comment>job state</comment>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job state</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Timed out</source>
        <comment>job state</comment>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job state</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job state</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>an approval</source>
        <translation>de aprobación</translation>
    </message>
    <message>
        <source>an input (dummy)</source>
        <translation>de entrada (dummy)</translation>
    </message>
    <message>
        <source>a notification</source>
        <translation>de notificación</translation>
    </message>
    <message>
        <source>an outgoing webhook (scraper)</source>
        <translation>de webhook saliente (scraper)</translation>
    </message>
    <message>
        <source>a Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>a &quot;%1&quot;</source>
        <translation>de tipo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is not a TheEye recipe: the file holds JSON, but not an object with a task.</source>
        <translation>Esto no es una receta de TheEye: el archivo contiene JSON, pero no un objeto con una tarea.</translation>
    </message>
    <message>
        <source>The recipe member &quot;%1&quot; must be an object.</source>
        <translation>El miembro &quot;%1&quot; de la receta debe ser un objeto.</translation>
    </message>
    <message>
        <source>This is not a TheEye recipe: it has neither a &quot;task&quot; nor a task&apos;s &quot;name&quot; and &quot;type&quot;.</source>
        <translation>Esto no es una receta de TheEye: no tiene &quot;task&quot; ni el &quot;name&quot; y el &quot;type&quot; de una tarea.</translation>
    </message>
    <message>
        <source>The recipe&apos;s task has no name.</source>
        <translation>La tarea de la receta no tiene nombre.</translation>
    </message>
    <message>
        <source>The recipe&apos;s task &quot;%1&quot; does not say its type.</source>
        <translation>La tarea &quot;%1&quot; de la receta no indica su tipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 task. TheEye Desktop imports script tasks only.</source>
        <translation>&quot;%1&quot; es una tarea %2. TheEye Desktop solo importa tareas de script.</translation>
    </message>
    <message>
        <source>The recipe of &quot;%1&quot; has no script content.</source>
        <translation>La receta de &quot;%1&quot; no tiene contenido de script.</translation>
    </message>
    <message>
        <source>The script data of &quot;%1&quot; must be text (base64 or a data URL).</source>
        <translation>Los datos del script de &quot;%1&quot; deben ser texto (base64 o una URL de datos).</translation>
    </message>
    <message>
        <source>The script of &quot;%1&quot; is not valid base64 data.</source>
        <translation>El script de &quot;%1&quot; no son datos base64 válidos.</translation>
    </message>
    <message>
        <source>The script of &quot;%1&quot; has no file name.</source>
        <translation>El script de &quot;%1&quot; no tiene nombre de archivo.</translation>
    </message>
    <message>
        <source>The file holds neither a list of arguments nor a task with arguments.</source>
        <translation>El archivo no contiene una lista de argumentos ni una tarea con argumentos.</translation>
    </message>
    <message>
        <source>The file holds neither a list of arguments nor a task.</source>
        <translation>El archivo no contiene una lista de argumentos ni una tarea.</translation>
    </message>
    <message>
        <source>The script is not a JSON object.</source>
        <translation>El script no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The script&apos;s filename must be text.</source>
        <translation>El nombre de archivo del script debe ser texto.</translation>
    </message>
    <message>
        <source>The task is not a JSON object.</source>
        <translation>La tarea no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The task member &quot;%1&quot; must be %2.</source>
        <translation>El miembro &quot;%1&quot; de la tarea debe ser %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>The task member &quot;env&quot; must be an object of names and values.</source>
        <translation>El miembro &quot;env&quot; de la tarea debe ser un objeto de nombres y valores.</translation>
    </message>
    <message>
        <source>Only script tasks can run here; this is a %1 task.</source>
        <translation>Aquí solo se pueden ejecutar tareas de script; esta es una tarea de tipo %1.</translation>
    </message>
    <message>
        <source>Choose the bot that runs the task.</source>
        <translation>Elija el bot que ejecuta la tarea.</translation>
    </message>
    <message>
        <source>Choose or create the script.</source>
        <translation>Elija o cree el script.</translation>
    </message>
    <message>
        <source>Set how the script runs (Run As).</source>
        <translation>Indique cómo se ejecuta el script (Ejecutar como).</translation>
    </message>
    <message>
        <source>Fill the value of the fixed argument &quot;%1&quot;.</source>
        <translation>Complete el valor del argumento fijo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fill the value of the environment variable %1.</source>
        <translation>Complete el valor de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>A task argument is not a JSON object.</source>
        <translation>Un argumento de la tarea no es un objeto JSON.</translation>
    </message>
    <message>
        <source>A task argument has no type.</source>
        <translation>Un argumento de la tarea no tiene tipo.</translation>
    </message>
    <message>
        <source>The task argument &quot;%1&quot; has an order that is not a number.</source>
        <translation>El argumento &quot;%1&quot; de la tarea tiene un orden que no es un número.</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <comment>argument type</comment>
        <translation>Valor fijo</translation>
    </message>
    <message>
        <source>Text input</source>
        <comment>argument type</comment>
        <translation>Entrada de texto</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>argument type (multi-line)</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Boolean</source>
        <comment>argument type</comment>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>JSON input</source>
        <comment>argument type</comment>
        <translation>Entrada JSON</translation>
    </message>
    <message>
        <source>Options selection</source>
        <comment>argument type</comment>
        <translation>Selección de opciones</translation>
    </message>
    <message>
        <source>Remote options</source>
        <comment>argument type</comment>
        <translation>Opciones remotas</translation>
    </message>
    <message>
        <source>Date and time</source>
        <comment>argument type</comment>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Email input</source>
        <comment>argument type</comment>
        <translation>Entrada de correo electrónico</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <comment>argument type</comment>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>File</source>
        <comment>argument type</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>argument type</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>The argument needs a label.</source>
        <translation>El argumento necesita una etiqueta.</translation>
    </message>
    <message>
        <source>The fixed argument &quot;%1&quot; needs a value.</source>
        <translation>El argumento fijo &quot;%1&quot; necesita un valor.</translation>
    </message>
    <message>
        <source>The pattern does not compile: %1.</source>
        <translation>El patrón no compila: %1.</translation>
    </message>
    <message>
        <source>Minimum and maximum length cannot be negative.</source>
        <translation>Las longitudes mínima y máxima no pueden ser negativas.</translation>
    </message>
    <message>
        <source>The minimum length is greater than the maximum.</source>
        <translation>La longitud mínima es mayor que la máxima.</translation>
    </message>
    <message>
        <source>The selection &quot;%1&quot; needs at least one option.</source>
        <translation>La selección &quot;%1&quot; necesita al menos una opción.</translation>
    </message>
    <message>
        <source>Every option needs a value.</source>
        <translation>Cada opción necesita un valor.</translation>
    </message>
    <message>
        <source>Remote options need an endpoint URL.</source>
        <translation>Las opciones remotas necesitan la URL de un endpoint.</translation>
    </message>
    <message>
        <source>Remote options need a value attribute and a text attribute.</source>
        <translation>Las opciones remotas necesitan un atributo de valor y un atributo de texto.</translation>
    </message>
    <message>
        <source>The argument type &quot;%1&quot; is not supported.</source>
        <translation>El tipo de argumento &quot;%1&quot; no está soportado.</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation>Argumento %1</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser verdadero o falso.</translation>
    </message>
    <message>
        <source>Select a value for %1.</source>
        <translation>Seleccione un valor para %1.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 accepts letters only.</source>
        <translation>%1 solo acepta letras.</translation>
    </message>
    <message>
        <source>%1 accepts digits only.</source>
        <translation>%1 solo acepta dígitos.</translation>
    </message>
    <message>
        <source>%1 accepts letters and digits only.</source>
        <translation>%1 solo acepta letras y dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n character(s) long.</source>
        <translation>
            <numerusform>%1 debe tener al menos %n carácter.</numerusform>
            <numerusform>%1 debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n character(s) long.</source>
        <translation>
            <numerusform>%1 debe tener como máximo %n carácter.</numerusform>
            <numerusform>%1 debe tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not correctly formatted (it must match %2).</source>
        <translation>%1 no tiene el formato correcto (debe coincidir con %2).</translation>
    </message>
    <message>
        <source>%1 must be a JSON document.</source>
        <translation>%1 debe ser un documento JSON.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>%1 accepts a single option.</source>
        <translation>%1 acepta una sola opción.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2.</source>
        <translation>&quot;%1&quot; no es una opción de %2.</translation>
    </message>
    <message>
        <source>%1 must be a date and time.</source>
        <translation>%1 debe ser una fecha y hora.</translation>
    </message>
    <message>
        <source>%1 must be a valid email address.</source>
        <translation>%1 debe ser una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>%1 must be a regular expression.</source>
        <translation>%1 debe ser una expresión regular.</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation>%1 no es una expresión regular válida: %2.</translation>
    </message>
    <message>
        <source>%1 must be a file.</source>
        <translation>%1 debe ser un archivo.</translation>
    </message>
    <message>
        <source>%1 must be a file sent as a data URL.</source>
        <translation>%1 debe ser un archivo enviado como URL de datos.</translation>
    </message>
    <message>
        <source>%1 is %2; files may be at most %3.</source>
        <translation>%1 ocupa %2; los archivos pueden ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>%1 has the unsupported type &quot;%2&quot;.</source>
        <translation>%1 tiene el tipo no soportado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This bot stopped reporting: its jobs wait until it is back.</source>
        <translation>Este bot dejó de reportar: sus trabajos esperan hasta que vuelva.</translation>
    </message>
    <message>
        <source>(no bot)</source>
        <translation>(sin bot)</translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation>%1 (dejó de reportar)</translation>
    </message>
    <message>
        <source>%1 running, %2 queued</source>
        <translation>%1 en ejecución, %2 en cola</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <comment>task table column</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Bot</source>
        <comment>task table column</comment>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>task table column</comment>
        <translation>Script</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>task table column</comment>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last job</source>
        <comment>task table column</comment>
        <translation>Último trabajo</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>task table column: running and queued jobs</comment>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Last run</source>
        <comment>task table column</comment>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Timeout</source>
        <comment>task table column</comment>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Multitasking</source>
        <comment>task table column</comment>
        <translation>Multitarea</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>&quot;%1&quot; cannot name an organization: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; no puede ser el nombre de una organización: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; already exists.</source>
        <translation>La organización &quot;%1&quot; ya existe.</translation>
    </message>
    <message>
        <source>The local supervisor could not start.</source>
        <translation>El supervisor local no pudo iniciarse.</translation>
    </message>
    <message>
        <source>The local supervisor is not running.</source>
        <translation>El supervisor local no se está ejecutando.</translation>
    </message>
    <message>
        <source>Greets the name it is given.</source>
        <translation>Saluda al nombre que recibe.</translation>
    </message>
    <message>
        <source>Who to greet</source>
        <translation>A quién saludar</translation>
    </message>
    <message>
        <source>An example task: it runs a small script on this computer that greets the name you give it.</source>
        <translation>Una tarea de ejemplo: ejecuta en este equipo un pequeño script que saluda al nombre que le indique.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <source>Database error: commit without a transaction</source>
        <translation>Error de base de datos: commit sin transacción</translation>
    </message>
    <message>
        <source>Database error: a statement of the transaction failed; nothing was saved</source>
        <translation>Error de base de datos: falló una sentencia de la transacción; no se guardó nada</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of TheEye (schema %2; this version knows up to %3). Use the newer version or another data folder.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de TheEye (esquema %2; esta versión conoce hasta el %3). Use la versión más reciente u otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1: %2</source>
        <translation>No se puede actualizar la base de datos al esquema %1: %2</translation>
    </message>
    <message>
        <source>The local bot cannot write the file argument %1: %2</source>
        <translation>El bot local no puede escribir el argumento de archivo %1: %2</translation>
    </message>
    <message>
        <source>The local bot could not start %1: %2</source>
        <translation>El bot local no pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>[TheEye: the output reached the %1 kept per job; the rest of it was not stored. The state still comes from the last line.]</source>
        <translation>[TheEye: la salida alcanzó los %1 que se guardan por trabajo; el resto no se guardó. El estado sigue saliendo de la última línea.]</translation>
    </message>
    <message>
        <source>The local bot cannot create the folder %1.</source>
        <translation>El bot local no puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The local bot cannot make the folder %1 private.</source>
        <translation>El bot local no puede hacer privada la carpeta %1.</translation>
    </message>
    <message>
        <source>The local bot cannot write the script %1: %2</source>
        <translation>El bot local no puede escribir el script %1: %2</translation>
    </message>
    <message>
        <source>The local supervisor stopped while this job was running (it was closed, killed or crashed), so the job was ended when the supervisor started again.</source>
        <translation>El supervisor local se detuvo mientras este trabajo se ejecutaba (se cerró, se terminó o falló), así que el trabajo se dio por terminado cuando el supervisor volvió a iniciar.</translation>
    </message>
    <message>
        <source>The local supervisor stopped while this job was running; its processes were stopped.</source>
        <translation>El supervisor local se detuvo mientras este trabajo se ejecutaba; sus procesos se detuvieron.</translation>
    </message>
    <message>
        <source>The script of this task no longer exists.</source>
        <translation>El script de esta tarea ya no existe.</translation>
    </message>
</context>
<context>
    <name>SupervisorApp</name>
    <message>
        <source>The local TheEye supervisor: TheEye&apos;s task and job API on this machine, with SQLite storage and a local bot.</source>
        <translation>El supervisor local de TheEye: la API de tareas y trabajos de TheEye en este equipo, con almacenamiento SQLite y un bot local.</translation>
    </message>
    <message>
        <source>Keep the data in &lt;dir&gt;.</source>
        <translation>Guardar los datos en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt;; 0 picks a free one (default 60080).</source>
        <translation>Escuchar en &lt;port&gt;; 0 elige uno libre (predeterminado 60080).</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; only (default 127.0.0.1: this machine only).</source>
        <translation>Escuchar solo en &lt;address&gt; (predeterminado 127.0.0.1: solo este equipo).</translation>
    </message>
    <message>
        <source>The organization&apos;s name (default local).</source>
        <translation>El nombre de la organización (predeterminado local).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>Servir HTTPS con este certificado PEM.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Refuse request bodies over &lt;mb&gt; MiB (default 16).</source>
        <translation>Rechazar cuerpos de solicitud de más de &lt;mb&gt; MiB (predeterminado 16).</translation>
    </message>
    <message>
        <source>Print a new access token with &lt;role&gt; (viewer, user, agent, manager, admin, integration) and exit.</source>
        <translation>Mostrar un token de acceso nuevo con &lt;role&gt; (viewer, user, agent, manager, admin, integration) y salir.</translation>
    </message>
    <message>
        <source>A label for --create-token.</source>
        <translation>Una etiqueta para --create-token.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>argumento inesperado &quot;%1&quot;; consulte --help.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--bind needs an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>--bind necesita una dirección IP, como 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <source>--max-body-mb must be a number from 1 to 4096.</source>
        <translation>--max-body-mb debe ser un número de 1 a 4096.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert y --tls-key van juntos.</translation>
    </message>
    <message>
        <source>--create-token takes viewer, user, agent, manager, admin or integration.</source>
        <translation>--create-token acepta viewer, user, agent, manager, admin o integration.</translation>
    </message>
    <message>
        <source>Created organization %1; its first admin token: %2</source>
        <translation>Se creó la organización %1; su primer token de administrador: %2</translation>
    </message>
    <message>
        <source>warning: cannot watch SIGINT/SIGTERM; stop with SIGKILL loses nothing committed</source>
        <translation>aviso: no se pueden vigilar SIGINT/SIGTERM; detener con SIGKILL no pierde nada confirmado</translation>
    </message>
    <message>
        <source>TheEye local supervisor %1</source>
        <translation>Supervisor local de TheEye %1</translation>
    </message>
    <message>
        <source>URL:          %1</source>
        <translation>URL:          %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Data:         %1</source>
        <translation>Datos:        %1</translation>
    </message>
    <message>
        <source>Admin token:  %1</source>
        <translation>Token admin:  %1</translation>
    </message>
    <message>
        <source>(Shown once: only its hash is stored. More with --create-token ROLE.)</source>
        <translation>(Se muestra una sola vez: solo se guarda su hash. Cree más con --create-token ROL.)</translation>
    </message>
    <message>
        <source>Try:          curl -sS &quot;%1/%2/task?access_token=%3&quot;</source>
        <translation>Pruebe:       curl -sS &quot;%1/%2/task?access_token=%3&quot;</translation>
    </message>
    <message>
        <source>Admin token:  shown on the first start only; make another with --create-token admin</source>
        <translation>Token admin:  solo se muestra en el primer inicio; cree otro con --create-token admin</translation>
    </message>
</context>
<context>
    <name>SupervisorTr</name>
    <message>
        <source>Insufficient Storage: the disk holding the supervisor&apos;s data is full; nothing was saved. Free some space and try again.</source>
        <translation>Almacenamiento insuficiente: el disco que guarda los datos del supervisor está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>TheEye::ArgumentDialog</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Add %1 Argument</source>
        <translation>Añadir argumento %1</translation>
    </message>
    <message>
        <source>Edit %1 Argument</source>
        <translation>Editar argumento %1</translation>
    </message>
    <message>
        <source>Shown to whoever runs the task</source>
        <translation>Se muestra a quien ejecute la tarea</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>A hint shown next to the field</source>
        <translation>Una pista que se muestra junto al campo</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>A&amp;yuda:</translation>
    </message>
    <message>
        <source>The value the script always receives</source>
        <translation>El valor que el script recibe siempre</translation>
    </message>
    <message>
        <source>Optional default value</source>
        <translation>Valor predeterminado opcional</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation>Valor &amp;predeterminado:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation>Letras y dígitos</translation>
    </message>
    <message>
        <source>Accepted &amp;characters:</source>
        <translation>&amp;Caracteres aceptados:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source>Regular expression the value must match, e.g. ^[a-z]+$</source>
        <translation>Expresión regular con la que debe coincidir el valor, p. ej. ^[a-z]+$</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patrón:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Add &amp;Option</source>
        <translation>Añadir &amp;opción</translation>
    </message>
    <message>
        <source>&amp;Remove Option</source>
        <translation>&amp;Quitar opción</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <source>https://example.com/api/items?user=%THEEYE_USER_EMAIL%</source>
        <translation>https://example.com/api/items?user=%THEEYE_USER_EMAIL%</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>URL del &amp;endpoint:</translation>
    </message>
    <message>
        <source>Val&amp;ue attribute:</source>
        <translation>Atributo de val&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Text attribute:</source>
        <translation>Atributo de &amp;texto:</translation>
    </message>
    <message>
        <source>Allow &amp;multiple selections</source>
        <translation>Permitir selección &amp;múltiple</translation>
    </message>
    <message>
        <source>&amp;Hide value</source>
        <translation>&amp;Ocultar valor</translation>
    </message>
    <message>
        <source>Shown as dots in forms and job details</source>
        <translation>Se muestra como puntos en formularios y detalles de trabajos</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>O&amp;bligatorio</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
</context>
<context>
    <name>TheEye::ArgumentEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>&amp;Copy from Another Task…</source>
        <translation>&amp;Copiar de otra tarea…</translation>
    </message>
    <message>
        <source>&amp;Import Arguments File…</source>
        <translation>&amp;Importar archivo de argumentos…</translation>
    </message>
    <message>
        <source>&amp;Export Arguments File…</source>
        <translation>E&amp;xportar archivo de argumentos…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed values are not exported: fill them in the Value column.</source>
        <translation>Los valores fijos no se exportan: complételos en la columna Valor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>For security, fixed values were exported empty.</source>
        <translation>Por seguridad, los valores fijos se exportaron vacíos.</translation>
    </message>
    <message>
        <source>Import Arguments</source>
        <translation>Importar argumentos</translation>
    </message>
    <message>
        <source>Arguments or recipe (*.json);;All files (*)</source>
        <translation>Argumentos o receta (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This task already has arguments.</source>
        <translation>Esta tarea ya tiene argumentos.</translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation>&amp;Reemplazarlos</translation>
    </message>
    <message>
        <source>&amp;Add After Them</source>
        <translation>&amp;Añadir a continuación</translation>
    </message>
    <message>
        <source>Export Arguments</source>
        <translation>Exportar argumentos</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n argument(s))</source>
        <translation>
            <numerusform>%1 (%n argumento)</numerusform>
            <numerusform>%1 (%n argumentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Arguments</source>
        <translation>Copiar argumentos</translation>
    </message>
    <message>
        <source>No other task has arguments to copy.</source>
        <translation>Ninguna otra tarea tiene argumentos para copiar.</translation>
    </message>
    <message>
        <source>Replace the arguments with those of:</source>
        <translation>Reemplazar los argumentos por los de:</translation>
    </message>
</context>
<context>
    <name>TheEye::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n Task(s)</source>
        <translation>
            <numerusform>Cambiar %n tarea</numerusform>
            <numerusform>Cambiar %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run on &amp;bot:</source>
        <translation>Ejecutar en el &amp;bot:</translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation>%1 (dejó de reportar)</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Añadir etiquetas:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. env:prod, backup</source>
        <translation>separadas por comas, p. ej. env:prod, backup</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Quitar etiquetas:</translation>
    </message>
    <message>
        <source>Execution &amp;timeout:</source>
        <translation>&amp;Tiempo límite de ejecución:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>(no bot)</source>
        <translation>(sin bot)</translation>
    </message>
    <message>
        <source>bot: %1 → %2</source>
        <translation>bot: %1 → %2</translation>
    </message>
    <message>
        <source>tags: %1 → %2</source>
        <translation>etiquetas: %1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>timeout: %1 → %2</source>
        <translation>tiempo límite: %1 → %2</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will change.</source>
        <translation>
            <numerusform>Cambiará %n tarea.</numerusform>
            <numerusform>Cambiarán %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>guardando…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>%1 changed, %2 failed.</source>
        <translation>Cambiadas: %1, fallidas: %2.</translation>
    </message>
</context>
<context>
    <name>TheEye::BulkRunDialog</name>
    <message numerus="yes">
        <source>Run %n Task(s)</source>
        <translation>
            <numerusform>Ejecutar %n tarea</numerusform>
            <numerusform>Ejecutar %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>It asks for arguments: run it on its own to fill them in.</source>
        <translation>Pide argumentos: ejecútela por separado para completarlos.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n Task(s)</source>
        <translation>
            <numerusform>&amp;Ejecutar %n tarea</numerusform>
            <numerusform>&amp;Ejecutar %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run these %n task(s) now?</source>
        <translation>
            <numerusform>¿Ejecutar esta tarea ahora?</numerusform>
            <numerusform>¿Ejecutar estas %n tareas ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 of these tasks now? %2 will be skipped, as listed.</source>
        <translation>¿Ejecutar ahora %1 de estas tareas? Se omitirán %2, como se indica.</translation>
    </message>
    <message>
        <source>Will run</source>
        <translation>Se ejecutará</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Started job #%1</source>
        <translation>Trabajo #%1 iniciado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Double-click to open the job</source>
        <translation>Doble clic para abrir el trabajo</translation>
    </message>
    <message>
        <source>Started %1, failed %2, skipped %3. Double-click a started task to open its job.</source>
        <translation>Iniciadas: %1, fallidas: %2, omitidas: %3. Haga doble clic en una tarea iniciada para abrir su trabajo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TheEye::ConnectionBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>C&amp;onexiones…</translation>
    </message>
</context>
<context>
    <name>TheEye::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>&amp;Add Remote</source>
        <translation>&amp;Añadir remota</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This computer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;TheEye Desktop runs its own supervisor and bot on this machine: tasks are kept in a local database and scripts run here. Nothing else needs to be installed or running.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Este equipo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;TheEye Desktop ejecuta su propio supervisor y su propio bot en esta máquina: las tareas se guardan en una base de datos local y los scripts se ejecutan aquí. No hace falta instalar ni ejecutar nada más.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej. Producción</translation>
    </message>
    <message>
        <source>https://supervisor.example.com</source>
        <translation>https://supervisor.example.com</translation>
    </message>
    <message>
        <source>your organization&apos;s name</source>
        <translation>el nombre de su organización</translation>
    </message>
    <message>
        <source>access or integration token</source>
        <translation>token de acceso o de integración</translation>
    </message>
    <message>
        <source>optional: https://gateway.example.com</source>
        <translation>opcional: https://gateway.example.com</translation>
    </message>
    <message>
        <source>optional: for signing in</source>
        <translation>opcional: para iniciar sesión</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no se guarda</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Supervisor &amp;URL:</source>
        <translation>&amp;URL del supervisor:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Or sign in through TheEye&apos;s gateway:</source>
        <translation>O inicie sesión a través del gateway de TheEye:</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>URL del &amp;gateway:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Cone&amp;ctar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>loading from the keychain…</source>
        <translation>cargando desde el llavero…</translation>
    </message>
    <message>
        <source>The token could not be read: %1</source>
        <translation>No se pudo leer el token: %1</translation>
    </message>
    <message>
        <source>Enter a token, or sign in through the gateway.</source>
        <translation>Introduzca un token o inicie sesión a través del gateway.</translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation>Nuevo supervisor</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its stored token?</source>
        <translation>¿Quitar la conexión &quot;%1&quot; y su token guardado?</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Falló el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signed in. The token is kept in your system keychain when you connect.</source>
        <translation>Sesión iniciada. El token se guarda en el llavero del sistema al conectar.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation> (versión %1)</translation>
    </message>
    <message>
        <source>✗ The supervisor answers%1, but: %2</source>
        <translation>✗ El supervisor responde%1, pero: %2</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected%1: the token works and %n task(s) are visible.</source>
        <translation>
            <numerusform>✓ Conectado%1: el token funciona y se ve %n tarea.</numerusform>
            <numerusform>✓ Conectado%1: el token funciona y se ven %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>No system keychain is running, so the token cannot be stored there.

Keep it in an encrypted file in your profile instead? Choose No to enter the token again next time.</source>
        <translation>No hay ningún llavero del sistema en ejecución, así que el token no se puede guardar allí.

¿Guardarlo en un archivo cifrado de su perfil? Elija No para introducir el token de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token no guardado</translation>
    </message>
    <message>
        <source>The connection is used now, but its token was not saved: %1</source>
        <translation>La conexión se usa ahora, pero su token no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>TheEye::CredentialsDialog</name>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>API and Credentials: %1</source>
        <translation>API y credenciales: %1</translation>
    </message>
    <message>
        <source>&amp;Wait for the result (sync: the call answers when the job ends)</source>
        <translation>&amp;Esperar el resultado (sync: la llamada responde cuando termina el trabajo)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Task ID:</source>
        <translation>ID de la tarea:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Secret URL:</source>
        <translation>URL secreta:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL con token:</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>&amp;Copiar fragmento</translation>
    </message>
    <message>
        <source>Loading credentials…</source>
        <translation>Cargando credenciales…</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>&amp;Renovar secreto…</translation>
    </message>
    <message>
        <source>Anyone with the secret URL can run this task; keep it like a password.</source>
        <translation>Cualquiera con la URL secreta puede ejecutar esta tarea; guárdela como una contraseña.</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Renovar secreto</translation>
    </message>
    <message>
        <source>A new secret replaces the current one at once. Every script, webhook or colleague using the current secret URL will get &quot;invalid secret&quot; until they use the new one.

Rotate the secret of %1?</source>
        <translation>Un secreto nuevo reemplaza al actual de inmediato. Todo script, webhook o colega que use la URL secreta actual recibirá &quot;invalid secret&quot; hasta que use la nueva.

¿Renovar el secreto de %1?</translation>
    </message>
    <message>
        <source>Rotating the secret…</source>
        <translation>Renovando el secreto…</translation>
    </message>
    <message>
        <source>The secret was not rotated: %1</source>
        <translation>El secreto no se renovó: %1</translation>
    </message>
    <message>
        <source>New secret in place. The old secret URL no longer works.</source>
        <translation>El secreto nuevo está activo. La URL secreta anterior ya no funciona.</translation>
    </message>
</context>
<context>
    <name>TheEye::DesktopApp</name>
    <message>
        <source>There is no connection named &quot;%1&quot;; using this computer.</source>
        <translation>No hay ninguna conexión llamada &quot;%1&quot;; se usa este equipo.</translation>
    </message>
    <message>
        <source>Local Supervisor</source>
        <translation>Supervisor local</translation>
    </message>
    <message>
        <source>The local supervisor could not start: %1</source>
        <translation>El supervisor local no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>TheEye::EnvEditor</name>
    <message>
        <source>A&amp;dd Variable</source>
        <translation>A&amp;ñadir variable</translation>
    </message>
    <message>
        <source>Delete Variable</source>
        <translation>Eliminar variable</translation>
    </message>
</context>
<context>
    <name>TheEye::ExportOptionsDialog</name>
    <message numerus="yes">
        <source>Export %n Task(s)</source>
        <translation>
            <numerusform>Exportar %n tarea</numerusform>
            <numerusform>Exportar %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recipe (shallow), &lt;name&gt;.recipe.json</source>
        <translation>&amp;Receta (superficial), &lt;nombre&gt;.recipe.json</translation>
    </message>
    <message>
        <source>A task template to share: fixed argument values and environment values are left empty, and the bot, ACL and triggers are not included.</source>
        <translation>Una plantilla de tarea para compartir: los valores de los argumentos fijos y del entorno quedan vacíos, y no se incluyen el bot, las ACL ni los disparadores.</translation>
    </message>
    <message>
        <source>&amp;Backup (deep), &lt;name&gt;.backup.json</source>
        <translation>&amp;Copia de seguridad (completa), &lt;nombre&gt;.backup.json</translation>
    </message>
    <message>
        <source>Everything, including fixed argument values and environment values (which may be secrets). Keep backups safe.</source>
        <translation>Todo, incluidos los valores de los argumentos fijos y del entorno (que pueden ser secretos). Guarde las copias de seguridad en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Arguments, &lt;name&gt;_arguments.json</source>
        <translation>&amp;Argumentos, &lt;nombre&gt;_arguments.json</translation>
    </message>
    <message>
        <source>The argument definitions only; fixed values are left empty.</source>
        <translation>Solo las definiciones de los argumentos; los valores fijos quedan vacíos.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>One file per task. A file of the same name in the folder is replaced; tasks with the same name get -2, -3, …</source>
        <translation>Un archivo por tarea. Un archivo con el mismo nombre en la carpeta se reemplaza; las tareas con el mismo nombre reciben -2, -3, …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Choose the folder that receives the files.</source>
        <translation>Elija la carpeta que recibe los archivos.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder cannot be written to.</source>
        <translation>No se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>TheEye::GroupPanel</name>
    <message>
        <source>(no bot)</source>
        <translation>(sin bot)</translation>
    </message>
    <message>
        <source>All tasks (%1)</source>
        <translation>Todas las tareas (%1)</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped reporting</source>
        <translation>Dejaron de reportar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>TheEye::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Import %n Recipe(s)</source>
        <translation>
            <numerusform>Importar %n receta</numerusform>
            <numerusform>Importar %n recetas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Recipe %1 of %2 · %3 handled</source>
        <translation>Receta %1 de %2 · %3 procesadas</translation>
    </message>
    <message>
        <source>Not connected to a supervisor: connect, then import again.</source>
        <translation>No hay conexión con un supervisor: conéctese y vuelva a importar.</translation>
    </message>
    <message>
        <source>Creating the task…</source>
        <translation>Creando la tarea…</translation>
    </message>
    <message>
        <source>The supervisor did not create the task: %1</source>
        <translation>El supervisor no creó la tarea: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Rechazada: %1.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Se creó “%1”.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Omitida.</translation>
    </message>
    <message>
        <source>Stop Importing</source>
        <translation>Detener la importación</translation>
    </message>
    <message numerus="yes">
        <source>%n recipe(s) not imported yet. Close anyway?</source>
        <translation>
            <numerusform>Queda %n receta sin importar. ¿Cerrar de todos modos?</numerusform>
            <numerusform>Quedan %n recetas sin importar. ¿Cerrar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: the import was closed.</source>
        <translation>No importada: se cerró la importación.</translation>
    </message>
</context>
<context>
    <name>TheEye::ImportPreviewPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a TheEye recipe in the older {task, file} format.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: una receta de TheEye en el formato antiguo {task, file}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a TheEye recipe.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: una receta de TheEye.</translation>
    </message>
    <message>
        <source>(choose a bot)</source>
        <translation>(elija un bot)</translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation>%1 (dejó de reportar)</translation>
    </message>
    <message>
        <source>the recipe has none: select a runner</source>
        <translation>la receta no lo indica: seleccione un intérprete</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;Bot</translation>
    </message>
    <message>
        <source>&amp;Run As</source>
        <translation>&amp;Ejecutar como</translation>
    </message>
    <message>
        <source>Will create</source>
        <translation>Se creará</translation>
    </message>
    <message>
        <source>Fixed values and environment (blank ones are highlighted)</source>
        <translation>Valores fijos y entorno (los vacíos aparecen resaltados)</translation>
    </message>
    <message>
        <source>&amp;Edit Script Before Import…</source>
        <translation>E&amp;ditar el script antes de importar…</translation>
    </message>
    <message>
        <source>the fixed value of this argument</source>
        <translation>el valor fijo de este argumento</translation>
    </message>
    <message>
        <source>Argument “%1”</source>
        <translation>Argumento “%1”</translation>
    </message>
    <message>
        <source>the value of this environment variable</source>
        <translation>el valor de esta variable de entorno</translation>
    </message>
    <message>
        <source>Leave %1 out of the imported task</source>
        <translation>Dejar %1 fuera de la tarea importada</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Entorno %1</translation>
    </message>
    <message>
        <source>This recipe has no fixed values or environment variables.</source>
        <translation>Esta receta no tiene valores fijos ni variables de entorno.</translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation>Dé un nombre a la tarea.</translation>
    </message>
    <message>
        <source>No bot is registered with the supervisor yet.</source>
        <translation>Aún no hay ningún bot registrado en el supervisor.</translation>
    </message>
    <message>
        <source>Choose the bot that runs the task.</source>
        <translation>Elija el bot que ejecuta la tarea.</translation>
    </message>
    <message>
        <source>The recipe does not say how the script runs: choose a Run As.</source>
        <translation>La receta no indica cómo se ejecuta el script: elija un Ejecutar como.</translation>
    </message>
    <message>
        <source>Fill the fixed value of “%1”.</source>
        <translation>Complete el valor fijo de “%1”.</translation>
    </message>
    <message>
        <source>Fill the environment variable %1, or leave it out.</source>
        <translation>Complete la variable de entorno %1 o déjela fuera.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Script: %1 · %2 · md5 %3%4</source>
        <translation>Script: %1 · %2 · md5 %3%4</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (editado)</translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation>Argumentos: ninguno</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Argumentos: %1</translation>
    </message>
    <message>
        <source>Environment: none</source>
        <translation>Entorno: ninguno</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Timeout: %1 · Multitasking: %2 · Cancellable: %3</source>
        <translation>Tiempo límite: %1 · Multitarea: %2 · Cancelable: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>ACL&apos;s: %1</source>
        <translation>ACL: %1</translation>
    </message>
    <message numerus="yes">
        <source>Triggered by %n event(s) of the supervisor it came from (kept as they are).</source>
        <translation>
            <numerusform>Disparada por %n evento del supervisor de origen (se mantiene tal cual).</numerusform>
            <numerusform>Disparada por %n eventos del supervisor de origen (se mantienen tal cual).</numerusform>
        </translation>
    </message>
    <message>
        <source>Script %1 · %2 · md5 %3</source>
        <translation>Script %1 · %2 · md5 %3</translation>
    </message>
</context>
<context>
    <name>TheEye::JobDialog</name>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>R&amp;esult</source>
        <translation>R&amp;esultado</translation>
    </message>
    <message>
        <source>&amp;Cancel Job…</source>
        <translation>&amp;Cancelar trabajo…</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Ejecutar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Run Again with C&amp;hanges…</source>
        <translation>Ejecutar de nuevo con ca&amp;mbios…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The job has finished.</source>
        <translation>El trabajo ha finalizado.</translation>
    </message>
    <message>
        <source>The job cannot be canceled in its current state.</source>
        <translation>El trabajo no se puede cancelar en su estado actual.</translation>
    </message>
    <message>
        <source>Only an administrator can cancel this execution.</source>
        <translation>Solo un administrador puede cancelar esta ejecución.</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Duró %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En ejecución desde hace %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Esperando desde hace %1</translation>
    </message>
    <message>
        <source>This job no longer exists: its queue was emptied or its task deleted.</source>
        <translation>Este trabajo ya no existe: se vació su cola o se eliminó su tarea.</translation>
    </message>
    <message>
        <source>Could not update the job: %1</source>
        <translation>No se pudo actualizar el trabajo: %1</translation>
    </message>
    <message>
        <source>Live output stopped: %1</source>
        <translation>La salida en vivo se detuvo: %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;#%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;#%2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>No exit code</source>
        <translation>Sin código de salida</translation>
    </message>
    <message>
        <source>Stop this job</source>
        <translation>Detener este trabajo</translation>
    </message>
    <message>
        <source>Loading the job&apos;s arguments…</source>
        <translation>Cargando los argumentos del trabajo…</translation>
    </message>
    <message>
        <source>Start a new job with the same arguments</source>
        <translation>Iniciar un trabajo nuevo con los mismos argumentos</translation>
    </message>
    <message>
        <source>Start a new job with these arguments, changed first</source>
        <translation>Iniciar un trabajo nuevo con estos argumentos, cambiándolos antes</translation>
    </message>
    <message>
        <source>This task has no arguments to change.</source>
        <translation>Esta tarea no tiene argumentos que cambiar.</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel the execution of %1?</source>
        <translation>¿Cancelar la ejecución de %1?</translation>
    </message>
    <message>
        <source>The running script and everything it started is stopped.</source>
        <translation>Se detienen el script en ejecución y todo lo que haya iniciado.</translation>
    </message>
    <message>
        <source>The job leaves the queue without running.</source>
        <translation>El trabajo sale de la cola sin ejecutarse.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The job was not canceled: %1</source>
        <translation>El trabajo no se canceló: %1</translation>
    </message>
    <message>
        <source>The job was not started: %1</source>
        <translation>El trabajo no se inició: %1</translation>
    </message>
    <message>
        <source>Started job #%1 with the same arguments.</source>
        <translation>Se inició el trabajo #%1 con los mismos argumentos.</translation>
    </message>
</context>
<context>
    <name>TheEye::JobHistoryPanel</name>
    <message>
        <source>Select a task to empty its queue.</source>
        <translation>Seleccione una tarea para vaciar su cola.</translation>
    </message>
    <message>
        <source>Only an administrator can empty a task&apos;s queue.</source>
        <translation>Solo un administrador puede vaciar la cola de una tarea.</translation>
    </message>
    <message>
        <source>The task has no jobs.</source>
        <translation>La tarea no tiene trabajos.</translation>
    </message>
    <message>
        <source>Delete the task&apos;s finished jobs, or all of its jobs</source>
        <translation>Eliminar los trabajos finalizados de la tarea, o todos sus trabajos</translation>
    </message>
    <message>
        <source>The job was not restarted: %1</source>
        <translation>El trabajo no se reinició: %1</translation>
    </message>
    <message>
        <source>Restarted job #%1.</source>
        <translation>Se reinició el trabajo #%1.</translation>
    </message>
    <message>
        <source>The job was not started: %1</source>
        <translation>El trabajo no se inició: %1</translation>
    </message>
    <message>
        <source>Started job #%1 with the same arguments.</source>
        <translation>Se inició el trabajo #%1 con los mismos argumentos.</translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation>Cancelar trabajos</translation>
    </message>
    <message>
        <source>Cancel the execution of %1?</source>
        <translation>¿Cancelar la ejecución de %1?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)?</source>
        <translation>
            <numerusform>¿Cancelar %n trabajo?</numerusform>
            <numerusform>¿Cancelar %n trabajos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Job #%1 was not canceled: %2</source>
        <translation>El trabajo #%1 no se canceló: %2</translation>
    </message>
    <message>
        <source>Could not count the jobs: %1</source>
        <translation>No se pudieron contar los trabajos: %1</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message>
        <source>Jobs Queue</source>
        <translation>Cola de trabajos</translation>
    </message>
    <message>
        <source>Delete jobs of %1 from the execution queue?</source>
        <translation>¿Eliminar trabajos de %1 de la cola de ejecución?</translation>
    </message>
    <message>
        <source>%1%2 finished and %3 waiting to run. Running jobs are never deleted.</source>
        <translation>%1%2 finalizados y %3 esperando ejecución. Los trabajos en ejecución nunca se eliminan.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Finished Job(s)</source>
        <translation>
            <numerusform>Eliminar %n trabajo finalizado</numerusform>
            <numerusform>Eliminar %n trabajos finalizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Everything (%n job(s))</source>
        <translation>
            <numerusform>Eliminar todo (%n trabajo)</numerusform>
            <numerusform>Eliminar todo (%n trabajos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue was not emptied: %1</source>
        <translation>La cola no se vació: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>Se eliminó %n trabajo.</numerusform>
            <numerusform>Se eliminaron %n trabajos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more pending)</source>
        <translation>
            <numerusform>(%n pendiente más)</numerusform>
            <numerusform>(%n pendientes más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this delayed run; the task does not start</source>
        <translation>Eliminar esta ejecución diferida; la tarea no se inicia</translation>
    </message>
    <message>
        <source>Only an administrator can cancel a delayed run.</source>
        <translation>Solo un administrador puede cancelar una ejecución diferida.</translation>
    </message>
    <message>
        <source>Cancel Delayed Run</source>
        <translation>Cancelar ejecución diferida</translation>
    </message>
    <message>
        <source>Cancel the delayed run of %1? It will not start.</source>
        <translation>¿Cancelar la ejecución diferida de %1? No se iniciará.</translation>
    </message>
    <message>
        <source>The delayed run was not canceled: %1</source>
        <translation>La ejecución diferida no se canceló: %1</translation>
    </message>
    <message>
        <source>The delayed run had already started.</source>
        <translation>La ejecución diferida ya se había iniciado.</translation>
    </message>
    <message>
        <source>Delayed run canceled.</source>
        <translation>Ejecución diferida cancelada.</translation>
    </message>
    <message>
        <source>Job History</source>
        <translation>Historial de trabajos</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Tarea seleccionada</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Filter by argument value, user, origin…</source>
        <translation>Filtrar por valor de argumento, usuario, origen…</translation>
    </message>
    <message>
        <source>Reload the history</source>
        <translation>Recargar el historial</translation>
    </message>
    <message>
        <source>Empty Queue…</source>
        <translation>Vaciar cola…</translation>
    </message>
    <message>
        <source>Cancel Delayed Run…</source>
        <translation>Cancelar ejecución diferida…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restart this job keeping its arguments</source>
        <translation>Reiniciar este trabajo manteniendo sus argumentos</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <source>Start a new job with the same arguments</source>
        <translation>Iniciar un trabajo nuevo con los mismos argumentos</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancelar…</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 por página</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Ninguna tarea seleccionada</translation>
    </message>
    <message>
        <source>Every task</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>No se pudo cargar el historial: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Select a task to see its jobs.</source>
        <translation>Seleccione una tarea para ver sus trabajos.</translation>
    </message>
    <message>
        <source>No executions so far.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation>%1 de %2 trabajos</translation>
    </message>
</context>
<context>
    <name>TheEye::JobNotifier</name>
    <message>
        <source>A job</source>
        <translation>Un trabajo</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 finalizó</translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation>%1 se canceló</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 agotó el tiempo límite</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
    <message>
        <source>Job #%1: %2</source>
        <translation>Trabajo #%1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>tras %1</translation>
    </message>
</context>
<context>
    <name>TheEye::JobOutputPane</name>
    <message>
        <source>Combined output</source>
        <translation>Salida combinada</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Salida estándar</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Error estándar</translation>
    </message>
    <message>
        <source>Standard output and error can be shown apart once the job has finished.</source>
        <translation>La salida estándar y el error estándar se pueden mostrar por separado cuando el trabajo haya finalizado.</translation>
    </message>
    <message>
        <source>Find in output (Ctrl+F)</source>
        <translation>Buscar en la salida (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>Mantener visible la salida más reciente</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Ajustar las líneas largas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selection, or all the output when nothing is selected</source>
        <translation>Copiar la selección, o toda la salida si no hay nada seleccionado</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the output shown to a file</source>
        <translation>Guardar en un archivo la salida mostrada</translation>
    </message>
    <message>
        <source>Show the combined output, or standard output or error alone</source>
        <translation>Mostrar la salida combinada, o solo la salida estándar o el error estándar</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Save Output</source>
        <translation>Guardar salida</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>TheEye::JobResultView</name>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>The job has no parsed output (yet).</source>
        <translation>El trabajo no tiene salida analizada (todavía).</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Código de salida: %1</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Señal: %1</translation>
    </message>
    <message>
        <source>Killed: yes</source>
        <translation>Terminado a la fuerza: sí</translation>
    </message>
    <message>
        <source>Killed: no</source>
        <translation>Terminado a la fuerza: no</translation>
    </message>
    <message>
        <source>Last line: %1</source>
        <translation>Última línea: %1</translation>
    </message>
</context>
<context>
    <name>TheEye::JobRunning</name>
    <message>
        <source>Run Task</source>
        <translation>Ejecutar tarea</translation>
    </message>
    <message>
        <source>%1 was not started.</source>
        <translation>%1 no se inició.</translation>
    </message>
</context>
<context>
    <name>TheEye::JobTray</name>
    <message>
        <source>Show TheEye Desktop</source>
        <translation>Mostrar TheEye Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>TheEye Desktop: no jobs running</source>
        <translation>TheEye Desktop: ningún trabajo en ejecución</translation>
    </message>
    <message numerus="yes">
        <source>TheEye Desktop: %n job(s) running or queued</source>
        <translation>
            <numerusform>TheEye Desktop: %n trabajo en ejecución o en cola</numerusform>
            <numerusform>TheEye Desktop: %n trabajos en ejecución o en cola</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::JobWaitPanel</name>
    <message>
        <source>&amp;Submit Input</source>
        <translation>&amp;Enviar datos</translation>
    </message>
</context>
<context>
    <name>TheEye::LoadingPlaceholder</name>
    <message>
        <source>Loading tasks…</source>
        <translation>Cargando tareas…</translation>
    </message>
</context>
<context>
    <name>TheEye::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Ajustar líneas</translation>
    </message>
    <message>
        <source>&amp;Follow Output</source>
        <translation>&amp;Seguir la salida</translation>
    </message>
</context>
<context>
    <name>TheEye::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Crear una tarea</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected task</source>
        <translation>Editar la tarea seleccionada</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ejecutar…</translation>
    </message>
    <message>
        <source>Run the selected tasks</source>
        <translation>Ejecutar las tareas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation>&amp;Copiar…</translation>
    </message>
    <message>
        <source>Create a task from a copy of the selected one</source>
        <translation>Crear una tarea a partir de una copia de la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation>Eliminar las tareas seleccionadas</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the selected tasks as recipe files</source>
        <translation>Exportar las tareas seleccionadas como archivos de receta</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Create tasks from recipe files</source>
        <translation>Crear tareas a partir de archivos de receta</translation>
    </message>
    <message>
        <source>API and &amp;Credentials…</source>
        <translation>API y c&amp;redenciales…</translation>
    </message>
    <message>
        <source>Show the task&apos;s secret URL and ready-to-paste API calls</source>
        <translation>Mostrar la URL secreta de la tarea y llamadas a la API listas para pegar</translation>
    </message>
    <message>
        <source>Change &amp;Bot, Tags or Timeout…</source>
        <translation>Cambiar &amp;bot, etiquetas o tiempo límite…</translation>
    </message>
    <message>
        <source>Change several tasks at once</source>
        <translation>Cambiar varias tareas a la vez</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Reload tasks, jobs and bots</source>
        <translation>Recargar tareas, trabajos y bots</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Filter the task list</source>
        <translation>Filtrar la lista de tareas</translation>
    </message>
    <message>
        <source>Import Recipes</source>
        <translation>Importar recetas</translation>
    </message>
    <message>
        <source>TheEye recipes (*.json);;All files (*)</source>
        <translation>Recetas de TheEye (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Filter: name, tag, bot, script; running, failed, invalid; env:prod</source>
        <translation>Filtro: nombre, etiqueta, bot, script; running, failed, invalid; env:prod</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About TheEye Desktop</source>
        <translation>&amp;Acerca de TheEye Desktop</translation>
    </message>
    <message>
        <source>About TheEye Desktop</source>
        <translation>Acerca de TheEye Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TheEye Desktop %1&lt;/h3&gt;&lt;p&gt;A native administration app for TheEye task automation: tasks, jobs and recipes, against a TheEye supervisor or the local supervisor on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TheEye Desktop %1&lt;/h3&gt;&lt;p&gt;Una aplicación nativa de administración para la automatización de tareas de TheEye: tareas, trabajos y recetas, con un supervisor de TheEye o con el supervisor local de este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A selected task cannot run yet: %1</source>
        <translation>Una tarea seleccionada aún no puede ejecutarse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 de %n tarea</numerusform>
            <numerusform>%1 de %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) in progress</source>
        <translation>
            <numerusform> · %n trabajo en curso</numerusform>
            <numerusform> · %n trabajos en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>No supervisor</source>
        <translation>Sin supervisor</translation>
    </message>
    <message>
        <source>%1 — TheEye Desktop</source>
        <translation>%1 — TheEye Desktop</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2 The list shows what was last loaded; it updates again as soon as the supervisor answers.</source>
        <translation>No se puede acceder a %1: %2 La lista muestra lo último que se cargó; se actualizará en cuanto el supervisor responda.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;? Its jobs and schedules are deleted too.</source>
        <translation>¿Eliminar la tarea &quot;%1&quot;? También se eliminan sus trabajos y programaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n tasks? Their jobs and schedules are deleted too.

</source>
        <translation>
            <numerusform>¿Eliminar esta tarea? También se eliminan sus trabajos y programaciones.

</numerusform>
            <numerusform>¿Eliminar estas %n tareas? También se eliminan sus trabajos y programaciones.

</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation>Eliminar tareas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminación completada.</translation>
    </message>
    <message>
        <source>Some tasks were not deleted:

%1</source>
        <translation>Algunas tareas no se eliminaron:

%1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>TheEye::RecipeExporter</name>
    <message>
        <source>Fixed values were written empty, for security.</source>
        <translation>Por seguridad, los valores fijos se escribieron vacíos.</translation>
    </message>
    <message>
        <source>not connected to a supervisor.</source>
        <translation>no hay conexión con un supervisor.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se escribió %1 (%2).</translation>
    </message>
    <message>
        <source>“%1” was not exported: %2</source>
        <translation>“%1” no se exportó: %2</translation>
    </message>
</context>
<context>
    <name>TheEye::ResultListDialog</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copiar lista</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecha</numerusform>
            <numerusform>%n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::RunArgumentsForm</name>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Choose File</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>%1 is %2; the limit is %3.</source>
        <translation>%1 ocupa %2; el límite es %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation>Argumento %1</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Seleccione %1</translation>
    </message>
    <message>
        <source>Loading options…</source>
        <translation>Cargando opciones…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Remote options cannot be loaded here.</source>
        <translation>Las opciones remotas no se pueden cargar aquí.</translation>
    </message>
    <message>
        <source>Could not load options: %1</source>
        <translation>No se pudieron cargar las opciones: %1</translation>
    </message>
    <message>
        <source>%1: options are still loading.</source>
        <translation>%1: las opciones aún se están cargando.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TheEye::RunDialog</name>
    <message>
        <source>Run Task: %1</source>
        <translation>Ejecutar tarea: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>You are going to run the task &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Va a ejecutar la tarea &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <source>Ask me to confirm before running</source>
        <translation>Pedir confirmación antes de ejecutar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Your token may not run tasks: %1</source>
        <translation>Su token no puede ejecutar tareas: %1</translation>
    </message>
    <message>
        <source>This task cannot run yet: %1</source>
        <translation>Esta tarea aún no puede ejecutarse: %1</translation>
    </message>
    <message>
        <source>The bot %1 is not reporting at the moment. The job will wait in the queue and run when the bot is back.</source>
        <translation>El bot %1 no está reportando en este momento. El trabajo esperará en la cola y se ejecutará cuando el bot vuelva.</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1 (fijo)</translation>
    </message>
    <message>
        <source>Hidden: this argument is masked.</source>
        <translation>Oculto: este argumento está enmascarado.</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
    <message>
        <source>Not connected to a supervisor.</source>
        <translation>No hay conexión con un supervisor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>Ejecutar tarea</translation>
    </message>
    <message>
        <source>Discard the arguments you entered?</source>
        <translation>¿Descartar los argumentos introducidos?</translation>
    </message>
    <message>
        <source>The job was not started: %1</source>
        <translation>El trabajo no se inició: %1</translation>
    </message>
</context>
<context>
    <name>TheEye::ScriptEditorDialog</name>
    <message>
        <source>New Script</source>
        <translation>Nuevo script</translation>
    </message>
    <message>
        <source>Edit Script %1</source>
        <translation>Editar script %1</translation>
    </message>
    <message>
        <source>e.g. check_disk.sh</source>
        <translation>p. ej. check_disk.sh</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Nombre de &amp;archivo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Cargar desde archivo…</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Guardar en archivo…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>Cargar script</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Guardar script</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; scripts may be at most %3.</source>
        <translation>%1 ocupa %2; los scripts pueden ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 no es un archivo de texto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 · md5 %2</source>
        <translation>%1 · md5 %2</translation>
    </message>
    <message>
        <source>The script needs a file name.</source>
        <translation>El script necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>The file name cannot contain a path.</source>
        <translation>El nombre de archivo no puede contener una ruta.</translation>
    </message>
    <message>
        <source>The script is empty.</source>
        <translation>El script está vacío.</translation>
    </message>
    <message>
        <source>Scripts may be at most %1.</source>
        <translation>Los scripts pueden ocupar como máximo %1.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard the changes to this script?</source>
        <translation>¿Descartar los cambios de este script?</translation>
    </message>
</context>
<context>
    <name>TheEye::ScriptPicker</name>
    <message>
        <source>&amp;New Script…</source>
        <translation>&amp;Nuevo script…</translation>
    </message>
    <message>
        <source>Edit Scr&amp;ipt…</source>
        <translation>Editar scr&amp;ipt…</translation>
    </message>
    <message>
        <source>Not connected to a supervisor.</source>
        <translation>No hay conexión con un supervisor.</translation>
    </message>
    <message>
        <source>Loading scripts…</source>
        <translation>Cargando scripts…</translation>
    </message>
    <message>
        <source>The scripts could not be loaded: %1</source>
        <translation>No se pudieron cargar los scripts: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>also used by %n other task(s)</source>
        <translation>
            <numerusform>también lo usa %n tarea más</numerusform>
            <numerusform>también lo usan %n tareas más</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a script)</source>
        <translation>(elija un script)</translation>
    </message>
    <message>
        <source>%1 (new, uploaded when the task is saved)</source>
        <translation>%1 (nuevo, se sube al guardar la tarea)</translation>
    </message>
    <message>
        <source>%1 (edited, uploaded when the task is saved)</source>
        <translation>%1 (editado, se sube al guardar la tarea)</translation>
    </message>
    <message>
        <source>%1 (not listed by the supervisor)</source>
        <translation>%1 (el supervisor no lo lista)</translation>
    </message>
    <message>
        <source>%1 · md5 %2 · not uploaded yet</source>
        <translation>%1 · md5 %2 · aún no subido</translation>
    </message>
    <message>
        <source>%1 · md5 %2</source>
        <translation>%1 · md5 %2</translation>
    </message>
    <message>
        <source>Choose a script, or write a new one.</source>
        <translation>Elija un script o escriba uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Your edits change %n other task(s) too: %1.</source>
        <translation>
            <numerusform>Sus cambios también afectan a %n tarea más: %1.</numerusform>
            <numerusform>Sus cambios también afectan a %n tareas más: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also used by %n other task(s): %1.</source>
        <translation>
            <numerusform>También lo usa %n tarea más: %1.</numerusform>
            <numerusform>También lo usan %n tareas más: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::Session</name>
    <message>
        <source>This computer · %1</source>
        <translation>Este equipo · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your token is a %1 token: you can run tasks and follow jobs, but only an admin can create, edit or delete tasks.</source>
        <translation>Su token es de tipo %1: puede ejecutar tareas y seguir trabajos, pero solo un administrador puede crear, editar o eliminar tareas.</translation>
    </message>
    <message>
        <source>Your token is a %1 token: this window is read-only. Ask an administrator for a user or admin token to run or edit tasks.</source>
        <translation>Su token es de tipo %1: esta ventana es de solo lectura. Pida a un administrador un token de usuario o de administrador para ejecutar o editar tareas.</translation>
    </message>
</context>
<context>
    <name>TheEye::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language applies when TheEye Desktop starts.</source>
        <translation>El idioma se aplica al iniciar TheEye Desktop.</translation>
    </message>
    <message>
        <source>The new language applies the next time TheEye Desktop starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie TheEye Desktop.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditing</name>
    <message>
        <source>Not a Script Task</source>
        <translation>No es una tarea de script</translation>
    </message>
    <message>
        <source>“%1” is a %2 task. TheEye Desktop edits script tasks only; change this one in TheEye&apos;s web UI.</source>
        <translation>“%1” es una tarea de tipo %2. TheEye Desktop solo edita tareas de script; modifique esta en la interfaz web de TheEye.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó “%1”.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Se creó “%1”.</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar “%1”</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Exportando %1 de %2…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó “%1”.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditorDialog</name>
    <message>
        <source>Create as &amp;New Task</source>
        <translation>Crear como tarea &amp;nueva</translation>
    </message>
    <message>
        <source>not connected to a supervisor</source>
        <translation>no hay conexión con un supervisor</translation>
    </message>
    <message>
        <source>This task was changed elsewhere since you opened it. Saving keeps those changes and applies yours on top of them.</source>
        <translation>Esta tarea se modificó en otro lugar desde que la abrió. Al guardar se conservan esos cambios y se aplican los suyos encima.</translation>
    </message>
    <message>
        <source>This task was deleted elsewhere. Your changes are still here: Create as New Task keeps them.</source>
        <translation>Esta tarea se eliminó en otro lugar. Sus cambios siguen aquí: Crear como tarea nueva los conserva.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>New Task “%1”</source>
        <translation>Nueva tarea “%1”</translation>
    </message>
    <message>
        <source>&amp;Create Task</source>
        <translation>&amp;Crear tarea</translation>
    </message>
    <message>
        <source>Edit Task “%1”</source>
        <translation>Editar tarea “%1”</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Copy of Task “%1”</source>
        <translation>Copia de la tarea “%1”</translation>
    </message>
    <message>
        <source>&amp;Create Copy</source>
        <translation>&amp;Crear copia</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Corrija primero esto:</translation>
    </message>
    <message>
        <source>The supervisor requires a value here.</source>
        <translation>El supervisor requiere un valor aquí.</translation>
    </message>
    <message>
        <source>The supervisor does not accept this value.</source>
        <translation>El supervisor no acepta este valor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The supervisor refused the script.</source>
        <translation>El supervisor rechazó el script.</translation>
    </message>
    <message>
        <source>The supervisor refused the task.</source>
        <translation>El supervisor rechazó la tarea.</translation>
    </message>
    <message>
        <source>See the marks beside the fields.</source>
        <translation>Vea las marcas junto a los campos.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Rechazada: %1.</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the supervisor: it was deleted while you were editing it. Your changes are still here; Create as New Task keeps them.</source>
        <translation>“%1” ya no existe en el supervisor: se eliminó mientras la editaba. Sus cambios siguen aquí; Crear como tarea nueva los conserva.</translation>
    </message>
    <message>
        <source>The script could not be uploaded: %1</source>
        <translation>No se pudo subir el script: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>No se pudo guardar la tarea: %1</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s token may create and change tasks.</source>
        <translation>Solo el token de un administrador puede crear y modificar tareas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Still Saving</source>
        <translation>Aún guardando</translation>
    </message>
    <message>
        <source>The task is still being saved. Close without waiting? The supervisor may still apply the change.</source>
        <translation>La tarea aún se está guardando. ¿Cerrar sin esperar? Puede que el supervisor aplique el cambio de todos modos.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>¿Descartar sus cambios en “%1”?</translation>
    </message>
    <message>
        <source>Discard this new task?</source>
        <translation>¿Descartar esta tarea nueva?</translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditorForm</name>
    <message>
        <source>No wait</source>
        <translation>Sin espera</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>Give this task a name</source>
        <translation>Dé un nombre a esta tarea</translation>
    </message>
    <message>
        <source>The bot (TheEye agent) that runs the script</source>
        <translation>El bot (agente de TheEye) que ejecuta el script</translation>
    </message>
    <message>
        <source>Comma separated, e.g. ops, env:prod</source>
        <translation>Separadas por comas, p. ej. ops, env:prod</translation>
    </message>
    <message>
        <source>select a runner, or type a command</source>
        <translation>seleccione un intérprete o escriba un comando</translation>
    </message>
    <message>
        <source>The interpreter or command that runs the script. %script% is replaced by the script&apos;s path; sudo works too.</source>
        <translation>El intérprete o comando que ejecuta el script. %script% se reemplaza por la ruta del script; sudo también funciona.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;Bot</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>Task &amp;Arguments</source>
        <translation>&amp;Argumentos de la tarea</translation>
    </message>
    <message>
        <source>&amp;Run As</source>
        <translation>&amp;Ejecutar como</translation>
    </message>
    <message>
        <source>Ad&amp;vanced Options</source>
        <translation>Opciones a&amp;vanzadas</translation>
    </message>
    <message>
        <source>Emails, roles or key:value tags, comma separated</source>
        <translation>Correos electrónicos, roles o etiquetas clave:valor, separados por comas</translation>
    </message>
    <message>
        <source>Who besides administrators may see and run this task: a member&apos;s email, a role (viewer, user, manager…) or a member tag key:value.</source>
        <translation>Quién, además de los administradores, puede ver y ejecutar esta tarea: el correo electrónico de un miembro, un rol (viewer, user, manager…) o una etiqueta de miembro clave:valor.</translation>
    </message>
    <message>
        <source>Delays a triggered run, so it can be canceled before it starts.</source>
        <translation>Retrasa una ejecución disparada, para que pueda cancelarse antes de empezar.</translation>
    </message>
    <message>
        <source>The bot stops the script after this long (default 10 minutes).</source>
        <translation>El bot detiene el script tras este tiempo (10 minutos de forma predeterminada).</translation>
    </message>
    <message>
        <source>Allow &amp;several jobs of this task to run at once</source>
        <translation>Permitir que varios trabajos de esta tarea se ejecuten a la ve&amp;z</translation>
    </message>
    <message>
        <source>Users may &amp;cancel running jobs</source>
        <translation>Los usuarios pueden &amp;cancelar trabajos en ejecución</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>The job&apos;s state when the script&apos;s output names neither success nor failure.</source>
        <translation>El estado del trabajo cuando la salida del script no indica ni éxito ni fallo.</translation>
    </message>
    <message>
        <source>How many finished jobs the supervisor keeps for this task.</source>
        <translation>Cuántos trabajos finalizados guarda el supervisor para esta tarea.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>AC&amp;L&apos;s</source>
        <translation>AC&amp;L</translation>
    </message>
    <message>
        <source>Tri&amp;ggered by</source>
        <translation>Dis&amp;parada por</translation>
    </message>
    <message>
        <source>Trigger on-&amp;hold time</source>
        <translation>Tiempo de &amp;espera del disparador</translation>
    </message>
    <message>
        <source>Execution T&amp;imeout</source>
        <translation>T&amp;iempo límite de ejecución</translation>
    </message>
    <message>
        <source>Multitasking</source>
        <translation>Multitarea</translation>
    </message>
    <message>
        <source>Cancellable</source>
        <translation>Cancelable</translation>
    </message>
    <message>
        <source>&amp;Environment (env)</source>
        <translation>Ent&amp;orno (env)</translation>
    </message>
    <message>
        <source>Default &amp;final state</source>
        <translation>Estado &amp;final predeterminado</translation>
    </message>
    <message>
        <source>&amp;Jobs kept in history</source>
        <translation>Tra&amp;bajos guardados en el historial</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a bot)</source>
        <translation>(elija un bot)</translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation>%1 (dejó de reportar)</translation>
    </message>
    <message>
        <source>%1 (not listed by the supervisor)</source>
        <translation>%1 (el supervisor no lo lista)</translation>
    </message>
    <message>
        <source>Runs as: %1</source>
        <translation>Se ejecuta como: %1</translation>
    </message>
    <message>
        <source>(%script% is added at the end, as TheEye does.)</source>
        <translation>(%script% se añade al final, como hace TheEye.)</translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation>Dé un nombre a la tarea.</translation>
    </message>
    <message>
        <source>No bot is registered with the supervisor yet.</source>
        <translation>Aún no hay ningún bot registrado en el supervisor.</translation>
    </message>
    <message>
        <source>Choose the bot that runs the task.</source>
        <translation>Elija el bot que ejecuta la tarea.</translation>
    </message>
    <message>
        <source>Choose a script, or write a new one.</source>
        <translation>Elija un script o escriba uno nuevo.</translation>
    </message>
    <message>
        <source>Say how the script runs, e.g. bash %script%.</source>
        <translation>Indique cómo se ejecuta el script, p. ej. bash %script%.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced Options — needs attention: %1</source>
        <translation>Opciones a&amp;vanzadas — requiere atención: %1</translation>
    </message>
</context>
<context>
    <name>TheEye::TaskSaver</name>
    <message>
        <source>Not connected to a supervisor: connect first, then save again.</source>
        <translation>No hay conexión con un supervisor: conéctese primero y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>TheEye::TimeoutEdit</name>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
</context>
<context>
    <name>TheEye::TriggerPicker</name>
    <message>
        <source>Search events of other tasks</source>
        <translation>Buscar eventos de otras tareas</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Cargando eventos…</translation>
    </message>
    <message>
        <source>Unknown event %1 (not listed by the supervisor)</source>
        <translation>Evento desconocido %1 (el supervisor no lo lista)</translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>No se pudieron cargar los eventos: %1</translation>
    </message>
    <message>
        <source>No other task has events yet: create the task that should start this one first.</source>
        <translation>Ninguna otra tarea tiene eventos todavía: cree primero la tarea que debe iniciar esta.</translation>
    </message>
    <message>
        <source>Runs only when started by hand, by schedule or through the API.</source>
        <translation>Solo se ejecuta si se inicia a mano, por programación o a través de la API.</translation>
    </message>
    <message numerus="yes">
        <source>Starts automatically after %n event(s).</source>
        <translation>
            <numerusform>Se inicia automáticamente tras %n evento.</numerusform>
            <numerusform>Se inicia automáticamente tras %n eventos.</numerusform>
        </translation>
    </message>
</context>
</TS>
