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
</context>
<context>
    <name>Editing</name>
    <message>
        <source>recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe, shallow: no fixed or env values (*.recipe.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup, deep: everything, values included (*.backup.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments only (*_arguments.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1; a recipe may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds no .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger on-hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs kept in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: separate entries with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email, a role (viewer, user, manager, admin, owner) or a key:value tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>Malformed JSON body: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON body: more than one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed form body: it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form body has more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body has no Content-Type and is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body of type %1 is not JSON, a form or multipart form data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests are waiting for an answer; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS %1 file %2 is not in PEM format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on &quot;%1&quot;: not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libmicrohttpd gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the HTTP server on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: it has no object to hand requests to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate file and a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This libmicrohttpd was built without TLS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed multipart body: a part&apos;s headers do not end with an empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed multipart body: a part has no Content-Disposition: form-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed multipart body: a part has no field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart field &quot;%1&quot; is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart body has no boundary in its Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart boundary is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed multipart body: the boundary from Content-Type never occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed multipart body: a boundary is not followed by a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed multipart body: it ends before its closing boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart body has more than %1 parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Canceled while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <comment>job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by %1 · %2</source>
        <comment>user, job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle: %1 · State: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: the job runs once an approver accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for input: give the arguments below to let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: the job was put on hold and runs when someone releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot %1 stopped reporting. The job waits in the queue and runs when the bot is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitasking is off for this task and job %1 (started %2) is running. This job starts when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Multitasking is off for this task and %n older job(s) wait before this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queued for %1. Remote bots ask for work every few seconds and run a limited number of jobs at once; it starts when the bot takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot %1 is busy with other jobs: it runs a limited number at once. This job starts as soon as one of them ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: the job waits for its data to be synchronised before it is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the job is held and cannot start yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: next run in %1 (every %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delayed run is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts in %1: a trigger started it and the task&apos;s grace time delays it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>(complete the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <comment>argument table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>argument table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <comment>argument table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>argument table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>environment variable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>environment variable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (letters, digits and _; not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job member &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job member &quot;result&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file argument: name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>job table column: how the job was started</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <comment>job table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <comment>job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <comment>job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <comment>job origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>job lifecycle ready</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job lifecycle assigned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job lifecycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input (dummy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outgoing webhook (scraper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Node.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a TheEye recipe: the file holds JSON, but not an object with a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe member &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a TheEye recipe: it has neither a &quot;task&quot; nor a task&apos;s &quot;name&quot; and &quot;type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe&apos;s task has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe&apos;s task &quot;%1&quot; does not say its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 task. TheEye Desktop imports script tasks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe of &quot;%1&quot; has no script content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script data of &quot;%1&quot; must be text (base64 or a data URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of &quot;%1&quot; is not valid base64 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of &quot;%1&quot; has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds neither a list of arguments nor a task with arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds neither a list of arguments nor a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script&apos;s filename must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task member &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task member &quot;env&quot; must be an object of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only script tasks can run here; this is a %1 task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bot that runs the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how the script runs (Run As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the value of the fixed argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the value of the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task argument is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task argument has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task argument &quot;%1&quot; has an order that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text input</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <comment>argument type (multi-line)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON input</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options selection</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote options</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email input</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>argument type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed argument &quot;%1&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern does not compile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum and maximum length cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum length is greater than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection &quot;%1&quot; needs at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote options need an endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote options need a value attribute and a text attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n character(s) long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n character(s) long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not correctly formatted (it must match %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts a single option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a file sent as a data URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; files may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unsupported type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bot stopped reporting: its jobs wait until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last job</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>task table column: running and queued jobs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitasking</source>
        <comment>task table column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>&quot;%1&quot; cannot name an organization: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local supervisor could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local supervisor is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greets the name it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to greet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example task: it runs a small script on this computer that greets the name you give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: commit without a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: a statement of the transaction failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of TheEye (schema %2; this version knows up to %3). Use the newer version or another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorApp</name>
    <message>
        <source>The local TheEye supervisor: TheEye&apos;s task and job API on this machine, with SQLite storage and a local bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt;; 0 picks a free one (default 60080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; only (default 127.0.0.1: this machine only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name (default local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse request bodies over &lt;mb&gt; MiB (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a new access token with &lt;role&gt; (viewer, user, agent, manager, admin, integration) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for --create-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-body-mb must be a number from 1 to 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--create-token takes viewer, user, agent, manager, admin or integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created organization %1; its first admin token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: cannot watch SIGINT/SIGTERM; stop with SIGKILL loses nothing committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TheEye local supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Shown once: only its hash is stored. More with --create-token ROLE.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try:          curl -sS &quot;%1/%2/task?access_token=%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token:  shown on the first start only; make another with --create-token admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ArgumentDialog</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to whoever runs the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hint shown next to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the script always receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression the value must match, e.g. ^[a-z]+$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/api/items?user=%THEEYE_USER_EMAIL%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val&amp;ue attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;multiple selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as dots in forms and job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ArgumentEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy from Another Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Arguments File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Arguments File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed values are not exported: fill them in the Value column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For security, fixed values were exported empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments or recipe (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task already has arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add After Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n argument(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other task has arguments to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the arguments with those of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n Task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run on &amp;bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. env:prod, backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::BulkRunDialog</name>
    <message numerus="yes">
        <source>Run %n Task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It asks for arguments: run it on its own to fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n Task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run these %n task(s) now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 of these tasks now? %2 will be skipped, as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, failed %2, skipped %3. Double-click a started task to open its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ConnectionBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This computer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;TheEye Desktop runs its own supervisor and bot on this machine: tasks are kept in a local database and scripts run here. Nothing else needs to be installed or running.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://supervisor.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organization&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access or integration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://gateway.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: for signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or sign in through TheEye&apos;s gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a token, or sign in through the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its stored token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. The token is kept in your system keychain when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The supervisor answers%1, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected%1: the token works and %n task(s) are visible.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is running, so the token cannot be stored there.

Keep it in an encrypted file in your profile instead? Choose No to enter the token again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is used now, but its token was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::CredentialsDialog</name>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API and Credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for the result (sync: the call answers when the job ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with the secret URL can run this task; keep it like a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret replaces the current one at once. Every script, webhook or colleague using the current secret URL will get &quot;invalid secret&quot; until they use the new one.

Rotate the secret of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not rotated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret in place. The old secret URL no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::EnvEditor</name>
    <message>
        <source>A&amp;dd Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ExportOptionsDialog</name>
    <message numerus="yes">
        <source>Export %n Task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recipe (shallow), &lt;name&gt;.recipe.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task template to share: fixed argument values and environment values are left empty, and the bot, ACL and triggers are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup (deep), &lt;name&gt;.backup.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including fixed argument values and environment values (which may be secrets). Keep backups safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments, &lt;name&gt;_arguments.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument definitions only; fixed values are left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per task. A file of the same name in the folder is replaced; tasks with the same name get -2, -3, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that receives the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::GroupPanel</name>
    <message>
        <source>(no bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Import %n Recipe(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe %1 of %2 · %3 handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a supervisor: connect, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor did not create the task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipe(s) not imported yet. Close anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: the import was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ImportPreviewPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a TheEye recipe in the older {task, file} format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a TheEye recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipe has none: select a runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed values and environment (blank ones are highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Script Before Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed value of this argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of this environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 out of the imported task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe has no fixed values or environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot is registered with the supervisor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bot that runs the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe does not say how the script runs: choose a Run As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the fixed value of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the environment variable %1, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Script: %1 · %2 · md5 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 · Multitasking: %2 · Cancellable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Triggered by %n event(s) of the supervisor it came from (kept as they are).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Script %1 · %2 · md5 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobDialog</name>
    <message>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Again with C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot be canceled in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can cancel this execution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job no longer exists: its queue was emptied or its task deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live output stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;#%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the job&apos;s arguments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new job with the same arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new job with these arguments, changed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has no arguments to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the execution of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running script and everything it started is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job leaves the queue without running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not canceled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started job #%1 with the same arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobHistoryPanel</name>
    <message>
        <source>Select a task to empty its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can empty a task&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task has no jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task&apos;s finished jobs, or all of its jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not restarted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted job #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started job #%1 with the same arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the execution of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Job #%1 was not canceled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete jobs of %1 from the execution queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 finished and %3 waiting to run. Running jobs are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Finished Job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Everything (%n job(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The queue was not emptied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more pending)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this delayed run; the task does not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can cancel a delayed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Delayed Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the delayed run of %1? It will not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delayed run was not canceled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delayed run had already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed run canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by argument value, user, origin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Delayed Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this job keeping its arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new job with the same arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executions so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobNotifier</name>
    <message>
        <source>A job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobOutputPane</name>
    <message>
        <source>Combined output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output and error can be shown apart once the job has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in output (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection, or all the output when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the output shown to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the combined output, or standard output or error alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobResultView</name>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no parsed output (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last line: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobRunning</name>
    <message>
        <source>Run Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::JobTray</name>
    <message>
        <source>Show TheEye Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TheEye Desktop: no jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TheEye Desktop: %n job(s) running or queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::JobWaitPanel</name>
    <message>
        <source>&amp;Submit Input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task from a copy of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected tasks as recipe files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tasks from recipe files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API and &amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the task&apos;s secret URL and ready-to-paste API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Bot, Tags or Timeout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change several tasks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload tasks, jobs and bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TheEye recipes (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, tag, bot, script; running, failed, invalid; env:prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TheEye Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TheEye Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TheEye Desktop %1&lt;/h3&gt;&lt;p&gt;A native administration app for TheEye task automation: tasks, jobs and recipes, against a TheEye supervisor or the local supervisor on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected task cannot run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TheEye Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2 The list shows what was last loaded; it updates again as soon as the supervisor answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;? Its jobs and schedules are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n tasks? Their jobs and schedules are deleted too.

</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some tasks were not deleted:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::RecipeExporter</name>
    <message>
        <source>Fixed values were written empty, for security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ResultListDialog</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::RunArgumentsForm</name>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote options cannot be loaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: options are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::RunDialog</name>
    <message>
        <source>Run Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are going to run the task &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me to confirm before running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token may not run tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task cannot run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot %1 is not reporting at the moment. The job will wait in the queue and run when the bot is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: this argument is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the arguments you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ScriptEditorDialog</name>
    <message>
        <source>New Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Script %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. check_disk.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; scripts may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · md5 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name cannot contain a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts may be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this script?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::ScriptPicker</name>
    <message>
        <source>&amp;New Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Scr&amp;ipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scripts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>also used by %n other task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new, uploaded when the task is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited, uploaded when the task is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not listed by the supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · md5 %2 · not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · md5 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a script, or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your edits change %n other task(s) too: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also used by %n other task(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheEye::Session</name>
    <message>
        <source>This computer · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is a %1 token: you can run tasks and follow jobs, but only an admin can create, edit or delete tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is a %1 token: this window is read-only. Ask an administrator for a user or admin token to run or edit tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditing</name>
    <message>
        <source>Not a Script Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2 task. TheEye Desktop edits script tasks only; change this one in TheEye&apos;s web UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditorDialog</name>
    <message>
        <source>Create as &amp;New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was changed elsewhere since you opened it. Saving keeps those changes and applies yours on top of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was deleted elsewhere. Your changes are still here: Create as New Task keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of Task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor requires a value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor does not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The supervisor refused the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor refused the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the marks beside the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists on the supervisor: it was deleted while you were editing it. Your changes are still here; Create as New Task keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script could not be uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator&apos;s token may create and change tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is still being saved. Close without waiting? The supervisor may still apply the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new task?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::TaskEditorForm</name>
    <message>
        <source>No wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this task a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot (TheEye agent) that runs the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. ops, env:prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a runner, or type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter or command that runs the script. %script% is replaced by the script&apos;s path; sudo works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails, roles or key:value tags, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who besides administrators may see and run this task: a member&apos;s email, a role (viewer, user, manager…) or a member tag key:value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delays a triggered run, so it can be canceled before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot stops the script after this long (default 10 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;several jobs of this task to run at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may &amp;cancel running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s state when the script&apos;s output names neither success nor failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many finished jobs the supervisor keeps for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC&amp;L&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri&amp;ggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger on-&amp;hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution T&amp;imeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment (env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs kept in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped reporting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not listed by the supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%script% is added at the end, as TheEye does.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot is registered with the supervisor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bot that runs the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a script, or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the script runs, e.g. bash %script%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced Options — needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::TaskSaver</name>
    <message>
        <source>Not connected to a supervisor: connect first, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::TimeoutEdit</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheEye::TriggerPicker</name>
    <message>
        <source>Search events of other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event %1 (not listed by the supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other task has events yet: create the task that should start this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs only when started by hand, by schedule or through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starts automatically after %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
