<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Lanes</name>
    <message>
        <source>Server process</source>
        <translation>Proceso servidor</translation>
    </message>
    <message>
        <source>Forked children</source>
        <translation>Procesos hijos (fork)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>External clients</source>
        <translation>Clientes externos</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>actor %1</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>tid %1</source>
        <translation>tid %1</translation>
    </message>
    <message>
        <source>Tasks on the loop thread (not threads)</source>
        <translation>Tareas en el hilo del bucle (no son hilos)</translation>
    </message>
    <message>
        <source>on tid %1</source>
        <translation>en tid %1</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Sequential</source>
        <translation>Secuencial</translation>
    </message>
    <message>
        <source>One client at a time: accept, serve it to the end, accept the next.</source>
        <translation>Un cliente a la vez: aceptarlo, atenderlo hasta el final, aceptar el siguiente.</translation>
    </message>
    <message>
        <source>Thread per client</source>
        <translation>Un hilo por cliente</translation>
    </message>
    <message>
        <source>The main thread accepts; each connection gets a thread of its own.</source>
        <translation>El hilo principal acepta; cada conexión recibe un hilo propio.</translation>
    </message>
    <message>
        <source>Process per client</source>
        <translation>Un proceso por cliente</translation>
    </message>
    <message>
        <source>fork() a child per connection; finished children are zombies until reaped.</source>
        <translation>fork() de un hijo por conexión; los hijos terminados son zombis hasta que se recogen.</translation>
    </message>
    <message>
        <source>select()</source>
        <translation>select()</translation>
    </message>
    <message>
        <source>One thread waits in select() on every socket and serves whichever is ready.</source>
        <translation>Un hilo espera en select() sobre todos los sockets y atiende al que esté listo.</translation>
    </message>
    <message>
        <source>poll()</source>
        <translation>poll()</translation>
    </message>
    <message>
        <source>Like select(), with an array of pollfd instead of bit sets; no 1024 limit.</source>
        <translation>Como select(), con un arreglo de pollfd en vez de conjuntos de bits; sin límite de 1024.</translation>
    </message>
    <message>
        <source>epoll</source>
        <translation>epoll</translation>
    </message>
    <message>
        <source>The kernel keeps the interest list; epoll_wait() returns only ready sockets.</source>
        <translation>El núcleo guarda la lista de interés; epoll_wait() devuelve solo los sockets listos.</translation>
    </message>
    <message>
        <source>Non-blocking loop</source>
        <translation>Bucle no bloqueante</translation>
    </message>
    <message>
        <source>Non-blocking sockets tried in a loop: every call that would wait returns EAGAIN.</source>
        <translation>Sockets no bloqueantes probados en un bucle: cada llamada que tendría que esperar devuelve EAGAIN.</translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>Eco UDP</translation>
    </message>
    <message>
        <source>Datagrams: no listen, no accept, no connection; recvfrom() tells who sent.</source>
        <translation>Datagramas: sin listen, sin accept, sin conexión; recvfrom() dice quién envió.</translation>
    </message>
    <message>
        <source>asyncio</source>
        <translation>asyncio</translation>
    </message>
    <message>
        <source>One thread, one epoll loop, a coroutine (task) per client that awaits instead of blocking.</source>
        <translation>Un hilo, un bucle epoll, una corrutina (tarea) por cliente que espera con await en vez de bloquearse.</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. The loop accepts the new connections, a task for each, and resumes the task that awaits each of the others, one after the other, on this thread.</source>
        <translation>%1 despertó porque el kernel informa de que %2 está listo: %3. El bucle acepta las conexiones nuevas, una tarea para cada una, y reanuda la tarea que espera cada uno de los demás, uno tras otro, en este hilo.</translation>
    </message>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. No task awaits the listening socket: the loop itself calls accept() and makes a task for each new connection, on this thread.</source>
        <translation>%1 despertó porque el kernel informa de que %2 está listo: %3. Ninguna tarea espera el socket de escucha: el propio bucle llama a accept() y crea una tarea para cada conexión nueva, en este hilo.</translation>
    </message>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. The loop resumes the task that awaits each of them, one after the other, on this thread.</source>
        <translation>%1 despertó porque el núcleo informa de que %2 está listo: %3. El bucle reanuda la tarea que espera cada uno de ellos, una tras otra, en este hilo.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) already waiting in the accept queue, so accept() returns at once without blocking.</source>
        <translation>
            <numerusform>%n conexión ya esperaba en la cola de accept, así que accept() vuelve enseguida sin bloquearse.</numerusform>
            <numerusform>%n conexiones ya esperaban en la cola de accept, así que accept() vuelve enseguida sin bloquearse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already in the receive buffer, so recv() returns at once without blocking.</source>
        <translation>
            <numerusform>%n byte ya está en el búfer de recepción, así que recv() vuelve enseguida sin bloquearse.</numerusform>
            <numerusform>%n bytes ya están en el búfer de recepción, así que recv() vuelve enseguida sin bloquearse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recv() on fd %1 returned %n byte(s)%2 because %3 sent data and the kernel had it waiting in the receive buffer.</source>
        <translation>
            <numerusform>recv() en el fd %1 devolvió %n byte%2 porque %3 envió datos y el kernel los tenía esperando en el búfer de recepción.</numerusform>
            <numerusform>recv() en el fd %1 devolvió %n bytes%2 porque %3 envió datos y el kernel los tenía esperando en el búfer de recepción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 handed %n byte(s)%2 to the kernel on fd %3, for %4. send() returns as soon as the bytes are in the send buffer, not when the other side reads them.</source>
        <translation>
            <numerusform>%1 entregó %n byte%2 al kernel en el fd %3, para %4. send() vuelve en cuanto los bytes están en el búfer de envío, no cuando el otro lado los lee.</numerusform>
            <numerusform>%1 entregó %n bytes%2 al kernel en el fd %3, para %4. send() vuelve en cuanto los bytes están en el búfer de envío, no cuando el otro lado los lee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>send() on fd %1 returned after handing over %n byte(s): %2 read enough to make room in the buffer.</source>
        <translation>
            <numerusform>send() en el fd %1 volvió tras entregar %n byte: %2 leyó lo bastante para dejar sitio en el búfer.</numerusform>
            <numerusform>send() en el fd %1 volvió tras entregar %n bytes: %2 leyó lo bastante para dejar sitio en el búfer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recvfrom() returned a datagram of %n byte(s)%1 from %2. The sender&apos;s address comes with every datagram, so the reply can go back to it.</source>
        <translation>
            <numerusform>recvfrom() devolvió un datagrama de %n byte%1 de %2. La dirección del remitente llega con cada datagrama, así que la respuesta puede volver a él.</numerusform>
            <numerusform>recvfrom() devolvió un datagrama de %n bytes%1 de %2. La dirección del remitente llega con cada datagrama, así que la respuesta puede volver a él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent a datagram of %n byte(s)%2 to %3 with sendto(): one message, no connection, no guarantee it arrives.</source>
        <translation>
            <numerusform>%1 envió con sendto() un datagrama de %n byte%2 a %3: un mensaje, sin conexión, sin garantía de que llegue.</numerusform>
            <numerusform>%1 envió con sendto() un datagrama de %n bytes%2 a %3: un mensaje, sin conexión, sin garantía de que llegue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketLanes</name>
    <message>
        <source>this trace holds no samples of the kernel&apos;s sockets (a UDP run, a run recorded without the kernel sampler, or a file from an older SockScope)</source>
        <translation>esta traza no tiene muestras de los sockets del kernel (una ejecución UDP, una ejecución grabada sin el muestreador del kernel o un archivo de un SockScope anterior)</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
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
        <source>listens on %1</source>
        <translation>escucha en %1</translation>
    </message>
    <message>
        <source>↔ %1</source>
        <translation>↔ %1</translation>
    </message>
    <message>
        <source>↔ %1 (%2)</source>
        <translation>↔ %1 (%2)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <source>no descriptor</source>
        <translation>ningún descriptor</translation>
    </message>
    <message>
        <source>%1: fd %2</source>
        <translation>%1: fd %2</translation>
    </message>
    <message>
        <source>%1: no fd sampled</source>
        <translation>%1: ningún fd en las muestras</translation>
    </message>
    <message>
        <source>%1 (sampled; first seen %2 earlier)</source>
        <translation>%1 (muestreado; visto por primera vez %2 antes)</translation>
    </message>
    <message>
        <source>no queue sample yet</source>
        <translation>aún no hay muestra de las colas</translation>
    </message>
    <message>
        <source>accept queue not sampled</source>
        <translation>cola de accept no muestreada</translation>
    </message>
    <message>
        <source>accept queue %1 of %2 (backlog %3 + 1)</source>
        <translation>cola de accept %1 de %2 (backlog %3 + 1)</translation>
    </message>
    <message>
        <source>accept queue %1</source>
        <translation>cola de accept %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n connection(s) dropped since listen()</source>
        <translation>
            <numerusform>; %n conexión descartada desde listen()</numerusform>
            <numerusform>; %n conexiones descartadas desde listen()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unread (receive buffer %1)</source>
        <translation>
            <numerusform>%n byte sin leer (búfer de recepción %1)</numerusform>
            <numerusform>%n bytes sin leer (búfer de recepción %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unread</source>
        <translation>
            <numerusform>%n byte sin leer</numerusform>
            <numerusform>%n bytes sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unsent or unacknowledged (send buffer %1)</source>
        <translation>
            <numerusform>%n byte sin enviar o sin confirmar (búfer de envío %1)</numerusform>
            <numerusform>%n bytes sin enviar o sin confirmar (búfer de envío %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unsent or unacknowledged</source>
        <translation>
            <numerusform>%n byte sin enviar o sin confirmar</numerusform>
            <numerusform>%n bytes sin enviar o sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>queues not sampled</source>
        <translation>colas no muestreadas</translation>
    </message>
    <message>
        <source>held by fd %1 of pid %2</source>
        <translation>en manos del fd %1 del pid %2</translation>
    </message>
    <message>
        <source>last held by fd %1 of pid %2</source>
        <translation>antes en manos del fd %1 del pid %2</translation>
    </message>
    <message>
        <source>held by no descriptor of the run&apos;s processes</source>
        <translation>en manos de ningún descriptor de los procesos de la ejecución</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>&quot;server&quot;, &quot;thread&quot;, &quot;child&quot;, &quot;task&quot;, &quot;client&quot; or an actor&apos;s name</source>
        <translation>&quot;server&quot;, &quot;thread&quot;, &quot;child&quot;, &quot;task&quot;, &quot;client&quot; o el nombre de un actor</translation>
    </message>
    <message>
        <source>blocking_work only changes the asyncio model (its work becomes a blocking sleep instead of an awaited one), but &quot;models&quot; does not list asyncio; the other models&apos; work always blocks the thread that does it</source>
        <translation>blocking_work solo cambia el modelo asyncio (su trabajo pasa a ser un sleep bloqueante en vez de uno esperado con await), pero &quot;models&quot; no incluye asyncio; en los demás modelos el trabajo siempre bloquea el hilo que lo hace</translation>
    </message>
    <message>
        <source>a list of variants, each {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</source>
        <translation>una lista de variantes, cada una {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</translation>
    </message>
    <message>
        <source>a variant {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</source>
        <translation>una variante {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</translation>
    </message>
    <message>
        <source>a short name of lowercase letters, digits and dashes, e.g. &quot;asyncio-await&quot;</source>
        <translation>un nombre corto de minúsculas, dígitos y guiones, p. ej. &quot;asyncio-await&quot;</translation>
    </message>
    <message>
        <source>expected a short name of lowercase letters, digits and dashes (used like a model: --model NAME), got %1</source>
        <translation>se esperaba un nombre corto de minúsculas, dígitos y guiones (se usa como un modelo: --model NOMBRE), se encontró %1</translation>
    </message>
    <message>
        <source>%1 is the name of a model; a variant needs a name of its own, e.g. %2</source>
        <translation>%1 es el nombre de un modelo; una variante necesita un nombre propio, p. ej. %2</translation>
    </message>
    <message>
        <source>the variant %1 is listed twice</source>
        <translation>la variante %1 aparece dos veces</translation>
    </message>
    <message>
        <source>one of this scenario&apos;s models</source>
        <translation>uno de los modelos de este escenario</translation>
    </message>
    <message>
        <source>a short title for lists</source>
        <translation>un título corto para listas</translation>
    </message>
    <message>
        <source>a variant sets &quot;blocking_work&quot; otherwise than the scenario&apos;s server does; this one sets nothing</source>
        <translation>una variante fija &quot;blocking_work&quot; de otro modo que el servidor del escenario; esta no fija nada</translation>
    </message>
    <message>
        <source>blocking_work only changes the asyncio model, but this variant is of %1</source>
        <translation>blocking_work solo cambia el modelo asyncio, pero esta variante es de %1</translation>
    </message>
    <message>
        <source>the scenario&apos;s server already has blocking_work %1: this variant would be the model %2 again</source>
        <translation>el servidor del escenario ya tiene blocking_work %1: esta variante sería otra vez el modelo %2</translation>
    </message>
    <message>
        <source>blocking_work %1 only matches asyncio runs, but this is about %2</source>
        <translation>blocking_work %1 solo se aplica a ejecuciones de asyncio, pero esto trata de %2</translation>
    </message>
    <message>
        <source>a list of clients, each {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</source>
        <translation>una lista de clientes, cada uno {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</translation>
    </message>
    <message>
        <source>expected at least one client</source>
        <translation>se esperaba al menos un cliente</translation>
    </message>
    <message>
        <source>a client object {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</source>
        <translation>un objeto de cliente {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</translation>
    </message>
    <message>
        <source>a client name such as &quot;client 1&quot;</source>
        <translation>un nombre de cliente como &quot;client 1&quot;</translation>
    </message>
    <message>
        <source>how many copies of this client, 1 or more</source>
        <translation>cuántas copias de este cliente, 1 o más</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>se esperaba uno de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>a list of steps, e.g. [&quot;connect&quot;, {&quot;do&quot;: &quot;send&quot;, &quot;data&quot;: &quot;hi\n&quot;}, &quot;recv&quot;, &quot;close&quot;]</source>
        <translation>una lista de pasos, p. ej. [&quot;connect&quot;, {&quot;do&quot;: &quot;send&quot;, &quot;data&quot;: &quot;hi\n&quot;}, &quot;recv&quot;, &quot;close&quot;]</translation>
    </message>
    <message>
        <source>two clients are named %1; give each client its own name</source>
        <translation>dos clientes se llaman %1; da a cada cliente su propio nombre</translation>
    </message>
    <message>
        <source>%1 clients in all; SockScope runs at most %2</source>
        <translation>%1 clientes en total; SockScope ejecuta como mucho %2</translation>
    </message>
    <message>
        <source>%1 clients need about %2 file descriptors (a client socket and a server socket each, plus %3 spare), but this process may open only %4 (RLIMIT_NOFILE, see `ulimit -n`). Use fewer clients (at most about %5), or raise the limit with `ulimit -n` before starting SockScope</source>
        <translation>%1 clientes necesitan unos %2 descriptores de archivo (un socket de cliente y uno de servidor cada uno, más %3 de reserva), pero este proceso solo puede abrir %4 (RLIMIT_NOFILE, véase `ulimit -n`). Usa menos clientes (como mucho unos %5), o sube el límite con `ulimit -n` antes de iniciar SockScope</translation>
    </message>
    <message>
        <source>expected at least one step</source>
        <translation>se esperaba al menos un paso</translation>
    </message>
    <message>
        <source>a %1 step after close: a closed socket can do nothing more</source>
        <translation>un paso %1 después de close: un socket cerrado ya no puede hacer nada</translation>
    </message>
    <message>
        <source>this client is already connected; one client makes one connection (use another client, or &quot;repeat&quot;)</source>
        <translation>este cliente ya está conectado; un cliente hace una sola conexión (usa otro cliente, o &quot;repeat&quot;)</translation>
    </message>
    <message>
        <source>a %1 step before &quot;connect&quot;: a client must connect first (for a UDP client, connect creates the socket and sets its destination)</source>
        <translation>un paso %1 antes de &quot;connect&quot;: un cliente debe conectarse primero (en un cliente UDP, connect crea el socket y fija su destino)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>a %1 step needs %2: write it as an object, e.g. {&quot;do&quot;: %1, %3}</source>
        <translation>un paso %1 necesita %2: escríbelo como objeto, p. ej. {&quot;do&quot;: %1, %3}</translation>
    </message>
    <message>
        <source>expected a step: a name such as &quot;connect&quot;, or an object such as {&quot;do&quot;: &quot;sleep&quot;, &quot;ms&quot;: 500}; got %1</source>
        <translation>se esperaba un paso: un nombre como &quot;connect&quot;, o un objeto como {&quot;do&quot;: &quot;sleep&quot;, &quot;ms&quot;: 500}; se obtuvo %1</translation>
    </message>
    <message>
        <source>missing required key &quot;do&quot;: expected the step&apos;s kind, one of %1</source>
        <translation>falta la clave obligatoria &quot;do&quot;: se esperaba el tipo de paso, uno de %1</translation>
    </message>
    <message>
        <source>expected a step kind (%1), got %2</source>
        <translation>se esperaba un tipo de paso (%1), se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 does not apply to a %2 step, which takes no parameters</source>
        <translation>%1 no se aplica a un paso %2, que no admite parámetros</translation>
    </message>
    <message>
        <source>%1 does not apply to a %2 step (it takes: %3)</source>
        <translation>%1 no se aplica a un paso %2 (admite: %3)</translation>
    </message>
    <message>
        <source>a delay in milliseconds, 0 or more</source>
        <translation>un retardo en milisegundos, 0 o más</translation>
    </message>
    <message>
        <source>the pause between pieces in milliseconds, 0 or more</source>
        <translation>la pausa entre fragmentos en milisegundos, 0 o más</translation>
    </message>
    <message>
        <source>a number of bytes to send, 1 or more</source>
        <translation>un número de bytes que enviar, 1 o más</translation>
    </message>
    <message>
        <source>a number of bytes to receive, 1 or more</source>
        <translation>un número de bytes que recibir, 1 o más</translation>
    </message>
    <message>
        <source>a number of pieces from 1 to 1000</source>
        <translation>un número de fragmentos de 1 a 1000</translation>
    </message>
    <message>
        <source>give the bytes to send either as text in &quot;data&quot; or in hexadecimal in &quot;data_hex&quot;, not both</source>
        <translation>indique los bytes que se envían como texto en &quot;data&quot; o en hexadecimal en &quot;data_hex&quot;, no ambos</translation>
    </message>
    <message>
        <source>the text to send</source>
        <translation>el texto que enviar</translation>
    </message>
    <message>
        <source>%1 pieces, but the data has only %2 bytes</source>
        <translation>%1 fragmentos, pero los datos tienen solo %2 bytes</translation>
    </message>
    <message>
        <source>send_framed frames the data the way the server expects, so it needs server.protocol &quot;delimited&quot; or &quot;length-prefixed&quot; (the server&apos;s protocol is %1)</source>
        <translation>send_framed enmarca los datos como los espera el servidor, así que necesita server.protocol &quot;delimited&quot; o &quot;length-prefixed&quot; (el protocolo del servidor es %1)</translation>
    </message>
    <message>
        <source>the bytes to send in hexadecimal, two digits a byte, e.g. &quot;ff 00 0a&quot; (spaces between bytes are allowed)</source>
        <translation>los bytes que se envían en hexadecimal, dos dígitos por byte, p. ej. &quot;ff 00 0a&quot; (se permiten espacios entre bytes)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected %1; %2 is not a hexadecimal digit%3</source>
        <translation>se esperaba %1; %2 no es un dígito hexadecimal%3</translation>
    </message>
    <message>
        <source> (each byte is two digits)</source>
        <translation> (cada byte tiene dos dígitos)</translation>
    </message>
    <message>
        <source>expected %1; the last byte has only one digit</source>
        <translation>se esperaba %1; el último byte solo tiene un dígito</translation>
    </message>
    <message>
        <source>expected %1, got an empty string</source>
        <translation>se esperaba %1, se obtuvo una cadena vacía</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>como mucho %1 bytes</translation>
    </message>
    <message>
        <source>a list of console lines, each {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</source>
        <translation>una lista de líneas de consola, cada una {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>a console line {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</source>
        <translation>una línea de consola {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>the line typed at the server&apos;s console</source>
        <translation>la línea escrita en la consola del servidor</translation>
    </message>
    <message>
        <source>console lines reach the server only if it watches its console: set &quot;server&quot;: {&quot;watch_console&quot;: true}</source>
        <translation>las líneas de consola solo llegan al servidor si vigila su consola: pon &quot;server&quot;: {&quot;watch_console&quot;: true}</translation>
    </message>
    <message>
        <source>a list of chapters, each {&quot;when&quot;: {...}, &quot;text&quot;: ...}</source>
        <translation>una lista de capítulos, cada uno {&quot;when&quot;: {...}, &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>a chapter {&quot;when&quot;: {&quot;kind&quot;: ...}, &quot;text&quot;: ...}</source>
        <translation>un capítulo {&quot;when&quot;: {&quot;kind&quot;: ...}, &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>a chapter needs &quot;when&quot; (the event it begins at) or &quot;at_ms&quot;</source>
        <translation>un capítulo necesita &quot;when&quot; (el evento con el que empieza) o &quot;at_ms&quot;</translation>
    </message>
    <message>
        <source>a short chapter title</source>
        <translation>un título de capítulo corto</translation>
    </message>
    <message>
        <source>the note shown at that point</source>
        <translation>la nota que se muestra en ese punto</translation>
    </message>
    <message>
        <source>a list of questions, each {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</source>
        <translation>una lista de preguntas, cada una {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</translation>
    </message>
    <message>
        <source>a question {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</source>
        <translation>una pregunta {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>la pregunta</translation>
    </message>
    <message>
        <source>why the answer is right, shown after the run</source>
        <translation>por qué la respuesta es correcta, mostrado después de la ejecución</translation>
    </message>
    <message>
        <source>a list of at least two answers to choose from</source>
        <translation>una lista de al menos dos respuestas entre las que elegir</translation>
    </message>
    <message>
        <source>expected the text of a choice, got %1</source>
        <translation>se esperaba el texto de una opción, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected at least two choices, got %1</source>
        <translation>se esperaban al menos dos opciones, se obtuvo %1</translation>
    </message>
    <message>
        <source>the index of the right choice, counting from 0</source>
        <translation>el índice de la opción correcta, contando desde 0</translation>
    </message>
    <message>
        <source>answer %1 is not a choice: with %2 choices the answer is 0 to %3 (counting from 0)</source>
        <translation>la respuesta %1 no es una opción: con %2 opciones la respuesta va de 0 a %3 (contando desde 0)</translation>
    </message>
    <message>
        <source>a list of model names</source>
        <translation>una lista de nombres de modelos</translation>
    </message>
    <message>
        <source>expected a model name, got %1</source>
        <translation>se esperaba un nombre de modelo, se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is not one of this scenario&apos;s models (%2)</source>
        <translation>%1 no es uno de los modelos de este escenario (%2)</translation>
    </message>
    <message>
        <source>an object {&quot;start&quot;: ..., &quot;checks&quot;: [...]}</source>
        <translation>un objeto {&quot;start&quot;: ..., &quot;checks&quot;: [...]}</translation>
    </message>
    <message>
        <source>&quot;succeeds&quot; or &quot;fails&quot;</source>
        <translation>&quot;succeeds&quot; o &quot;fails&quot;</translation>
    </message>
    <message>
        <source>start outcome</source>
        <translation>resultado del arranque</translation>
    </message>
    <message>
        <source>a list of checks</source>
        <translation>una lista de comprobaciones</translation>
    </message>
    <message>
        <source>a check such as {&quot;count&quot;: {&quot;kind&quot;: &quot;accept_end&quot;}, &quot;equals&quot;: 3}</source>
        <translation>una comprobación como {&quot;count&quot;: {&quot;kind&quot;: &quot;accept_end&quot;}, &quot;equals&quot;: 3}</translation>
    </message>
    <message>
        <source>a check needs exactly one of &quot;count&quot;, &quot;metric&quot;, &quot;order&quot; or &quot;received&quot; (this one has %1)</source>
        <translation>una comprobación necesita exactamente uno de &quot;count&quot;, &quot;metric&quot;, &quot;order&quot; o &quot;received&quot; (esta tiene %1)</translation>
    </message>
    <message>
        <source>expected a metric name (%1), got %2</source>
        <translation>se esperaba un nombre de métrica (%1), se obtuvo %2</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>expected a list of at least two event patterns, earliest first</source>
        <translation>se esperaba una lista de al menos dos patrones de eventos, el más temprano primero</translation>
    </message>
    <message>
        <source>an object {&quot;client&quot;: ..., &quot;contains&quot;: ...}</source>
        <translation>un objeto {&quot;client&quot;: ..., &quot;contains&quot;: ...}</translation>
    </message>
    <message>
        <source>a client&apos;s name</source>
        <translation>el nombre de un cliente</translation>
    </message>
    <message>
        <source>the text the client must have received</source>
        <translation>el texto que el cliente debe haber recibido</translation>
    </message>
    <message>
        <source>a %1 check needs &quot;equals&quot;, &quot;min&quot; or &quot;max&quot;</source>
        <translation>una comprobación %1 necesita &quot;equals&quot;, &quot;min&quot; o &quot;max&quot;</translation>
    </message>
    <message>
        <source>what the check shows, said when it fails</source>
        <translation>lo que muestra la comprobación, dicho cuando falla</translation>
    </message>
    <message>
        <source>%1 only applies to count and metric checks</source>
        <translation>%1 solo se aplica a comprobaciones count y metric</translation>
    </message>
    <message>
        <source>a whole number, 0 or more, or &quot;clients&quot; (the number of clients)</source>
        <translation>un número entero, 0 o más, o &quot;clients&quot; (el número de clientes)</translation>
    </message>
    <message>
        <source>no client is named %1</source>
        <translation>ningún cliente se llama %1</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿querías decir %1?</translation>
    </message>
    <message>
        <source> (clients: %1%2)</source>
        <translation> (clientes: %1%2)</translation>
    </message>
    <message>
        <source>an event pattern such as {&quot;kind&quot;: &quot;accept_end&quot;, &quot;peer&quot;: &quot;client 2&quot;}</source>
        <translation>un patrón de evento como {&quot;kind&quot;: &quot;accept_end&quot;, &quot;peer&quot;: &quot;client 2&quot;}</translation>
    </message>
    <message>
        <source>event kind</source>
        <translation>tipo de evento</translation>
    </message>
    <message>
        <source>expected an event kind such as &quot;accept_end&quot;, got %1</source>
        <translation>se esperaba un tipo de evento como &quot;accept_end&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>errno name</source>
        <translation>nombre de errno</translation>
    </message>
    <message>
        <source>expected an errno name such as &quot;ECONNREFUSED&quot; (or &quot;none&quot;), got %1</source>
        <translation>se esperaba un nombre de errno como &quot;ECONNREFUSED&quot; (o &quot;none&quot;), se obtuvo %1</translation>
    </message>
    <message>
        <source>a byte count, 0 or more (0: the peer closed)</source>
        <translation>un número de bytes, 0 o más (0: el otro extremo cerró)</translation>
    </message>
    <message>
        <source>a byte count, 0 or more</source>
        <translation>un número de bytes, 0 o más</translation>
    </message>
    <message>
        <source>a TCP state such as &quot;CLOSE_WAIT&quot;</source>
        <translation>un estado TCP como &quot;CLOSE_WAIT&quot;</translation>
    </message>
    <message>
        <source>TCP state</source>
        <translation>estado TCP</translation>
    </message>
    <message>
        <source>&quot;first&quot; or &quot;last&quot;</source>
        <translation>&quot;first&quot; o &quot;last&quot;</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>aparición</translation>
    </message>
    <message>
        <source>a list of the models this scenario fits, e.g. [&quot;sequential&quot;, &quot;threaded&quot;]</source>
        <translation>una lista de los modelos a los que se ajusta este escenario, p. ej. [&quot;sequential&quot;, &quot;threaded&quot;]</translation>
    </message>
    <message>
        <source>expected at least one model; known models: %1</source>
        <translation>se esperaba al menos un modelo; modelos conocidos: %1</translation>
    </message>
    <message>
        <source>the model %1 is listed twice</source>
        <translation>el modelo %1 aparece dos veces</translation>
    </message>
    <message>
        <source>the default model %1 must be one of &quot;models&quot;: %2</source>
        <translation>el modelo predeterminado %1 debe ser uno de &quot;models&quot;: %2</translation>
    </message>
    <message>
        <source>unknown model %1</source>
        <translation>modelo desconocido %1</translation>
    </message>
    <message>
        <source> (known models: %1)</source>
        <translation> (modelos conocidos: %1)</translation>
    </message>
    <message>
        <source>an object with the server&apos;s options</source>
        <translation>un objeto con las opciones del servidor</translation>
    </message>
    <message>
        <source>a port number from 0 to 65535 (0: the kernel picks a free port)</source>
        <translation>un número de puerto de 0 a 65535 (0: el núcleo elige un puerto libre)</translation>
    </message>
    <message>
        <source>port %1 is a well-known port (0-1023): only the administrator (root, or a program with CAP_NET_BIND_SERVICE) may bind it, and SockScope runs as you. Use 0 to let the kernel pick a free port, or a port from 1024 to 65535</source>
        <translation>el puerto %1 es un puerto bien conocido (0-1023): solo el administrador (root, o un programa con CAP_NET_BIND_SERVICE) puede enlazarlo, y SockScope se ejecuta como tú. Usa 0 para que el núcleo elija un puerto libre, o un puerto de 1024 a 65535</translation>
    </message>
    <message>
        <source>a listen backlog from 0 to 4096</source>
        <translation>una cola de listen de 0 a 4096</translation>
    </message>
    <message>
        <source>the backlog counts waiting connections</source>
        <translation>la cola cuenta las conexiones en espera</translation>
    </message>
    <message>
        <source>the most connections served at once, 0 (no cap) to 65535</source>
        <translation>el máximo de conexiones atendidas a la vez, de 0 (sin límite) a 65535</translation>
    </message>
    <message>
        <source>an IPv4 loopback address such as &quot;127.0.0.1&quot;</source>
        <translation>una dirección IPv4 de loopback como &quot;127.0.0.1&quot;</translation>
    </message>
    <message>
        <source>expected an IPv4 address such as &quot;127.0.0.1&quot;, got %1</source>
        <translation>se esperaba una dirección IPv4 como &quot;127.0.0.1&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>a scenario file may only bind to loopback (127.x.x.x), so opening a lesson never exposes a server to the network; got %1. To listen on another address, say so on the command line (--bind)</source>
        <translation>un archivo de escenario solo puede enlazar a loopback (127.x.x.x), para que abrir una lección nunca exponga un servidor a la red; se obtuvo %1. Para escuchar en otra dirección, indícalo en la línea de órdenes (--bind)</translation>
    </message>
    <message>
        <source>the handler&apos;s work in milliseconds, 0 or more</source>
        <translation>el trabajo del manejador en milisegundos, 0 o más</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message>
        <source>a message length in bytes, 1 or more</source>
        <translation>una longitud de mensaje en bytes, 1 o más</translation>
    </message>
    <message>
        <source>fixed_length only applies with &quot;protocol&quot;: &quot;fixed-length&quot;</source>
        <translation>fixed_length solo se aplica con &quot;protocol&quot;: &quot;fixed-length&quot;</translation>
    </message>
    <message>
        <source>the delimiter is %1 bytes; the server&apos;s delimiter is at most %2 bytes</source>
        <translation>el delimitador tiene %1 bytes; el delimitador del servidor tiene como mucho %2 bytes</translation>
    </message>
    <message>
        <source>delimiter only applies with &quot;protocol&quot;: &quot;delimited&quot;</source>
        <translation>delimiter solo se aplica con &quot;protocol&quot;: &quot;delimited&quot;</translation>
    </message>
    <message>
        <source>the reply text</source>
        <translation>el texto de respuesta</translation>
    </message>
    <message>
        <source>the reply is %1 bytes in UTF-8; a reply is at most %2 bytes</source>
        <translation>la respuesta tiene %1 bytes en UTF-8; una respuesta tiene como mucho %2 bytes</translation>
    </message>
    <message>
        <source>the recv() buffer size in bytes, 1 or more</source>
        <translation>el tamaño del búfer de recv() en bytes, 1 o más</translation>
    </message>
    <message>
        <source>reaping policy</source>
        <translation>política de recogida</translation>
    </message>
    <message>
        <source>how long the server sleeps before its first accept(), in milliseconds</source>
        <translation>cuánto duerme el servidor antes de su primer accept(), en milisegundos</translation>
    </message>
    <message>
        <source>the size of each reply in bytes, 0 (the usual reply) to %1</source>
        <translation>el tamaño de cada respuesta en bytes, de 0 (la respuesta habitual) a %1</translation>
    </message>
    <message>
        <source>the SO_SNDBUF of each connection in bytes, 0 (the kernel&apos;s default) to 16777216</source>
        <translation>el SO_SNDBUF de cada conexión en bytes, de 0 (el valor por defecto del kernel) a 16777216</translation>
    </message>
    <message>
        <source>%1 is implemented by the sequential model only, and this scenario also lists %2: list only &quot;sequential&quot; in &quot;models&quot;</source>
        <translation>%1 solo lo implementa el modelo secuencial, y este escenario también incluye %2: ponga solo &quot;sequential&quot; en &quot;models&quot;</translation>
    </message>
    <message>
        <source>send_buffer only matters with &quot;send_bytes&quot;: without a large reply the send buffer never fills</source>
        <translation>send_buffer solo importa con &quot;send_bytes&quot;: sin una respuesta grande el búfer de envío nunca se llena</translation>
    </message>
    <message>
        <source>a delimiter string such as &quot;\n&quot;</source>
        <translation>una cadena delimitadora como &quot;\n&quot;</translation>
    </message>
    <message>
        <source>expected a delimiter string such as &quot;\n&quot;, got an empty string</source>
        <translation>se esperaba una cadena delimitadora como &quot;\n&quot;, se obtuvo una cadena vacía</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>%1 desconocido: %2</translation>
    </message>
    <message>
        <source> (expected one of %1)</source>
        <translation> (se esperaba uno de %1)</translation>
    </message>
    <message>
        <source> (write numbers without quotes)</source>
        <translation> (escribe los números sin comillas)</translation>
    </message>
    <message>
        <source>expected %1, got %2, which is not a whole number</source>
        <translation>se esperaba %1, se obtuvo %2, que no es un número entero</translation>
    </message>
    <message>
        <source>expected %1, at most %2; got %3</source>
        <translation>se esperaba %1, como mucho %2; se obtuvo %3</translation>
    </message>
    <message>
        <source>a scenario object { &quot;name&quot;: ..., &quot;models&quot;: [...], ... }</source>
        <translation>un objeto de escenario { &quot;name&quot;: ..., &quot;models&quot;: [...], ... }</translation>
    </message>
    <message>
        <source>a short name of lowercase letters, digits and dashes, e.g. &quot;one-slow-client&quot;</source>
        <translation>un nombre corto de minúsculas, dígitos y guiones, p. ej. &quot;one-slow-client&quot;</translation>
    </message>
    <message>
        <source>expected a short name of lowercase letters, digits and dashes (used on the command line: --scenario NAME), got %1</source>
        <translation>se esperaba un nombre corto de minúsculas, dígitos y guiones (se usa en la línea de órdenes: --scenario NAME), se obtuvo %1</translation>
    </message>
    <message>
        <source>a title for menus, e.g. &quot;One slow client&quot;</source>
        <translation>un título para los menús, p. ej. &quot;One slow client&quot;</translation>
    </message>
    <message>
        <source>a topic, e.g. &quot;blocking&quot; or &quot;processes&quot;</source>
        <translation>un tema, p. ej. &quot;blocking&quot; o &quot;processes&quot;</translation>
    </message>
    <message>
        <source>a description for students</source>
        <translation>una descripción para los estudiantes</translation>
    </message>
    <message>
        <source>a lesson number, 1 or more</source>
        <translation>un número de lección, 1 o más</translation>
    </message>
    <message>
        <source>expected a speed factor from 0.05 (20 times slower) to 100, got %1</source>
        <translation>se esperaba un factor de velocidad de 0.05 (20 veces más lento) a 100, se obtuvo %1</translation>
    </message>
    <message>
        <source>a time limit in milliseconds, 100 or more</source>
        <translation>un límite de tiempo en milisegundos, 100 o más</translation>
    </message>
    <message>
        <source>only a readiness loop (select, poll, epoll) can watch its console beside its sockets, but &quot;models&quot; lists %1</source>
        <translation>solo un bucle de disponibilidad (select, poll, epoll) puede vigilar su consola junto a sus sockets, pero &quot;models&quot; incluye %1</translation>
    </message>
    <message>
        <source>a UDP client can only talk to the udp model, but &quot;models&quot; lists TCP models too (leave &quot;udp&quot; out: clients talk UDP to the udp model by themselves)</source>
        <translation>un cliente UDP solo puede hablar con el modelo udp, pero &quot;models&quot; incluye también modelos TCP (deja fuera &quot;udp&quot;: los clientes hablan UDP con el modelo udp por sí solos)</translation>
    </message>
</context>
<context>
    <name>Validator::Object</name>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>the key %1 is given twice; keep one</source>
        <translation>la clave %1 aparece dos veces; deja una</translation>
    </message>
    <message>
        <source>missing required key %1: expected %2</source>
        <translation>falta la clave obligatoria %1: se esperaba %2</translation>
    </message>
    <message>
        <source>expected %1, got an empty string</source>
        <translation>se esperaba %1, se obtuvo una cadena vacía</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clave desconocida %1</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿querías decir %1?</translation>
    </message>
    <message>
        <source> (this object takes no keys)</source>
        <translation> (este objeto no admite claves)</translation>
    </message>
    <message>
        <source> (known keys here: %1)</source>
        <translation> (claves conocidas aquí: %1)</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message numerus="yes">
        <source>, … %n more</source>
        <translation>
            <numerusform>, … %n más</numerusform>
            <numerusform>, … %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) already in the accept queue</source>
        <translation>
            <numerusform>%n conexión ya estaba en la cola de accept</numerusform>
            <numerusform>%n conexiones ya estaban en la cola de accept</numerusform>
        </translation>
    </message>
    <message>
        <source>a connection was already in the accept queue</source>
        <translation>una conexión ya estaba en la cola de accept</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already in the receive buffer</source>
        <translation>
            <numerusform>%n byte ya estaba en el búfer de recepción</numerusform>
            <numerusform>%n bytes ya estaban en el búfer de recepción</numerusform>
        </translation>
    </message>
    <message>
        <source>the other end had already closed (end of stream)</source>
        <translation>el otro extremo ya había cerrado (fin del flujo)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>With --screenshot: put the cursor on event N first (0: the first, -1: the last).</source>
        <translation>Con --screenshot: pone primero el cursor en el evento N (0: el primero, -1: el último).</translation>
    </message>
    <message>
        <source>(try sockscope --help)</source>
        <translation>(pruebe sockscope --help)</translation>
    </message>
    <message>
        <source>Watch real servers block, wake, fork and select.</source>
        <translation>Observa servidores reales bloquearse, despertar, bifurcarse y seleccionar.</translation>
    </message>
    <message>
        <source>Scenario name or file.</source>
        <translation>Nombre o archivo del escenario.</translation>
    </message>
    <message>
        <source>Server model.</source>
        <translation>Modelo de servidor.</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>Iniciar la ejecución de inmediato.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen).</source>
        <translation>Iniciar en modo presentación (pantalla completa).</translation>
    </message>
    <message>
        <source>With --screenshot: run at most SEC seconds.</source>
        <translation>Con --screenshot: ejecutar como mucho SEC segundos.</translation>
    </message>
    <message>
        <source>Run the scenario, save the window as PNG, exit.</source>
        <translation>Ejecutar el escenario, guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Show a made-up trace (threaded, forking, select, large:N) instead of running a server.</source>
        <translation>Mostrar una traza inventada (threaded, forking, select, large:N) en lugar de ejecutar un servidor.</translation>
    </message>
    <message>
        <source>A trace file to open.</source>
        <translation>Un archivo de traza para abrir.</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;</source>
        <translation>escenario desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos;</source>
        <translation>modelo desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown synthetic trace &apos;%1&apos;</source>
        <translation>traza sintética desconocida «%1»</translation>
    </message>
    <message>
        <source>--cursor takes an event index (0, 7, -1), not &apos;%1&apos;</source>
        <translation>--cursor espera un índice de evento (0, 7, -1), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cursor only applies with --screenshot</source>
        <translation>--cursor solo se aplica con --screenshot</translation>
    </message>
    <message>
        <source>--cursor %1: the trace has %2 events (0 to %3, or -1 to -%2)</source>
        <translation>--cursor %1: la traza tiene %2 eventos (de 0 a %3, o de -1 a -%2)</translation>
    </message>
    <message>
        <source>Watch your own program: sockscope --watch -- PROGRAM [ARGS...] (no shell runs it).</source>
        <translation>Observar su propio programa: sockscope --watch -- PROGRAMA [ARGUMENTOS...] (ninguna shell lo ejecuta).</translation>
    </message>
    <message>
        <source>With --watch and --scenario: the port the program listens on; the scenario&apos;s clients connect to it.</source>
        <translation>Con --watch y --scenario: el puerto en el que escucha el programa; los clientes del escenario se conectan a él.</translation>
    </message>
    <message>
        <source>--watch needs -- PROGRAM [ARGS...] (the program to watch)</source>
        <translation>--watch necesita -- PROGRAMA [ARGUMENTOS...] (el programa a observar)</translation>
    </message>
    <message>
        <source>--port needs a port from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port necesita un puerto de 1 a 65535, no «%1»</translation>
    </message>
    <message>
        <source>with --watch, --scenario and --port go together: the scenario&apos;s clients are sent at the port the program listens on</source>
        <translation>con --watch, --scenario y --port van juntos: los clientes del escenario se envían al puerto en el que escucha el programa</translation>
    </message>
    <message>
        <source>--port only applies with --watch</source>
        <translation>--port solo se aplica con --watch</translation>
    </message>
    <message>
        <source>Lanes to show: waits (threads, processes, clients), kernel (one lane per socket) or both.</source>
        <translation>Carriles que mostrar: waits (hilos, procesos, clientes), kernel (un carril por socket) o both.</translation>
    </message>
    <message>
        <source>; nothing was run</source>
        <translation>; no se ejecutó nada</translation>
    </message>
    <message>
        <source>--socket-view takes waits, kernel or both, not &apos;%1&apos;</source>
        <translation>--socket-view admite waits, kernel o both, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a failure (said on stderr), 2 a usage error.

Examples:
  sockscope --scenario one-slow-client --model threaded --play
  sockscope --presentation --scenario three-clients
  sockscope --watch --scenario three-clients --port 5000 -- python3 server.py 5000
  sockscope --scenario backlog-full --socket-view both --screenshot b.png
  sockscope recorded.json
</source>
        <translation>
Estado de salida: 0 hecho, 1 un fallo (dicho en stderr), 2 un error de uso.

Ejemplos:
  sockscope --scenario one-slow-client --model threaded --play
  sockscope --presentation --scenario three-clients
  sockscope --watch --scenario three-clients --port 5000 -- python3 server.py 5000
  sockscope --scenario backlog-full --socket-view both --screenshot b.png
  sockscope recorded.json
</translation>
    </message>
</context>
<context>
    <name>sockscope</name>
    <message>
        <source>no connection is waiting to be accepted</source>
        <translation>ninguna conexión espera a ser aceptada</translation>
    </message>
    <message>
        <source>no data from %1 yet</source>
        <translation>todavía no hay datos de %1</translation>
    </message>
    <message>
        <source>no data on fd %1 yet</source>
        <translation>todavía no hay datos en el fd %1</translation>
    </message>
    <message>
        <source>none of %1 is ready</source>
        <translation>ninguno de %1 está listo</translation>
    </message>
    <message>
        <source>the server has not completed the handshake yet</source>
        <translation>el servidor todavía no ha completado el saludo (handshake)</translation>
    </message>
    <message>
        <source>%1 has not completed the handshake yet</source>
        <translation>%1 todavía no ha completado el saludo (handshake)</translation>
    </message>
    <message>
        <source>the send buffer is full; the peer is not reading</source>
        <translation>el búfer de envío está lleno; el otro extremo no está leyendo</translation>
    </message>
    <message>
        <source>the send buffer is full; %1 is not reading</source>
        <translation>el búfer de envío está lleno; %1 no está leyendo</translation>
    </message>
    <message>
        <source>no datagram has arrived yet</source>
        <translation>todavía no ha llegado ningún datagrama</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>the other end</source>
        <translation>el otro extremo</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>una llamada</translation>
    </message>
    <message>
        <source>nobody is listening on that port, so the kernel answered the handshake with a reset.</source>
        <translation>nadie escucha en ese puerto, así que el núcleo respondió al saludo con un reset.</translation>
    </message>
    <message>
        <source>nothing was ready and the socket is non-blocking.</source>
        <translation>no había nada listo y el socket es no bloqueante.</translation>
    </message>
    <message>
        <source>the socket was shut down under it; this is how the server stops.</source>
        <translation>el socket se cerró (shutdown) bajo él; así es como se detiene el servidor.</translation>
    </message>
    <message>
        <source>the other end has gone away.</source>
        <translation>el otro extremo se ha ido.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 failed with %3: %4</source>
        <translation>%2 de %1 falló con %3: %4</translation>
    </message>
    <message>
        <source>%1 closed its copy of the listening socket fd %2: a child does not accept connections. The parent&apos;s copy stays open, so the port keeps listening.</source>
        <translation>%1 cerró su copia del socket de escucha fd %2: un hijo no acepta conexiones. La copia del padre sigue abierta, así que el puerto sigue escuchando.</translation>
    </message>
    <message>
        <source>%1 closed the listening socket fd %2: from now on the kernel refuses new connections to this port.</source>
        <translation>%1 cerró el socket de escucha fd %2: a partir de ahora el núcleo rechaza las conexiones nuevas a este puerto.</translation>
    </message>
    <message>
        <source>%1 closed its socket fd %2. The kernel sends the server an end-of-stream: its next recv() on this connection returns 0 bytes.</source>
        <translation>%1 cerró su socket fd %2. El núcleo envía al servidor un fin de flujo: su próximo recv() en esta conexión devuelve 0 bytes.</translation>
    </message>
    <message>
        <source>%1 closed its copy of the connection fd %2 (to %3). The child still holds its own copy, so the connection stays open.</source>
        <translation>%1 cerró su copia de la conexión fd %2 (con %3). El hijo conserva su propia copia, así que la conexión sigue abierta.</translation>
    </message>
    <message>
        <source>%1 closed the connection fd %2 to %3: the conversation with that client is over, and the descriptor number is free to be reused.</source>
        <translation>%1 cerró la conexión fd %2 con %3: la conversación con ese cliente ha terminado y el número de descriptor puede reutilizarse.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>%1 closed fd %2 and gave the descriptor back to the kernel.</source>
        <translation>%1 cerró el fd %2 y devolvió el descriptor al núcleo.</translation>
    </message>
    <message>
        <source>%1 returned with nothing ready: its timeout ran out. The loop goes round and waits again.</source>
        <translation>%1 volvió sin nada listo: se agotó su tiempo de espera. El bucle da otra vuelta y vuelve a esperar.</translation>
    </message>
    <message>
        <source>fd %1 (the listening socket: a client finished the handshake, so accept() will not block)</source>
        <translation>fd %1 (el socket de escucha: un cliente completó el saludo, así que accept() no se bloqueará)</translation>
    </message>
    <message>
        <source>fd %1 (%2 sent data or closed, so recv() will not block)</source>
        <translation>fd %1 (%2 envió datos o cerró, así que recv() no se bloqueará)</translation>
    </message>
    <message>
        <source>fd %1 (something to read)</source>
        <translation>fd %1 (algo para leer)</translation>
    </message>
    <message>
        <source>fd %1 (room to write)</source>
        <translation>fd %1 (espacio para escribir)</translation>
    </message>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. Only these get served; the others stay in the list.</source>
        <translation>%1 despertó porque el núcleo informa que %2 está listo: %3. Solo estos se atienden; los demás siguen en la lista.</translation>
    </message>
    <message>
        <source>%1&apos;s accept() on fd %2 was interrupted: the run is over and the server shut its listening socket down to stop.</source>
        <translation>El accept() de %1 en el fd %2 fue interrumpido: la ejecución ha terminado y el servidor cerró su socket de escucha para detenerse.</translation>
    </message>
    <message>
        <source>%1 asked the kernel for a datagram (UDP) socket and got descriptor fd %2. UDP has no listen() and no accept().</source>
        <translation>%1 pidió al núcleo un socket de datagramas (UDP) y obtuvo el descriptor fd %2. UDP no tiene listen() ni accept().</translation>
    </message>
    <message>
        <source>%1 asked the kernel for a new TCP socket and got descriptor fd %2: a small number that names the socket in this process.</source>
        <translation>%1 pidió al núcleo un socket TCP nuevo y obtuvo el descriptor fd %2: un número pequeño que nombra el socket en este proceso.</translation>
    </message>
    <message>
        <source>%1 bound fd %2 to %3, the address clients will use to find the server.</source>
        <translation>%1 enlazó el fd %2 a %3, la dirección que los clientes usarán para encontrar al servidor.</translation>
    </message>
    <message>
        <source>fd %1 is now a listening socket. The kernel completes handshakes on its own and queues the finished connections until accept() takes them: up to %2 + 1 of them (listen()&apos;s backlog, plus one: Linux&apos;s rule, with the backlog capped at net.core.somaxconn).</source>
        <translation>El fd %1 es ahora un socket de escucha. El núcleo completa los saludos por su cuenta y guarda las conexiones terminadas hasta que accept() las recoja: hasta %2 + 1 (el backlog de listen() más uno: la regla de Linux, con el backlog limitado a net.core.somaxconn).</translation>
    </message>
    <message>
        <source>fd %1 is now a listening socket. The kernel completes handshakes on its own and queues the finished connections until accept() takes them; listen() was given a negative backlog, which Linux takes as its limit, net.core.somaxconn.</source>
        <translation>El fd %1 es ahora un socket de escucha. El núcleo completa los saludos por su cuenta y guarda las conexiones terminadas hasta que accept() las recoja; listen() recibió un backlog negativo, que Linux toma como su límite, net.core.somaxconn.</translation>
    </message>
    <message>
        <source>%1 shut down fd %2: the other end sees the end of the stream, even while the descriptor itself stays open.</source>
        <translation>%1 cerró (shutdown) el fd %2: el otro extremo ve el fin del flujo, aunque el descriptor siga abierto.</translation>
    </message>
    <message>
        <source>%1 calls connect() to %2 and waits while the kernels exchange the three-way handshake (SYN, SYN-ACK, ACK).</source>
        <translation>%1 llama a connect() hacia %2 y espera mientras los núcleos intercambian el saludo de tres vías (SYN, SYN-ACK, ACK).</translation>
    </message>
    <message>
        <source>connect() returned: the handshake is done and %1 is connected as %2.</source>
        <translation>connect() ha vuelto: el handshake ha terminado y %1 está conectado como %2.</translation>
    </message>
    <message>
        <source>The server&apos;s accept() has already returned this connection: %1 holds it as fd %2.</source>
        <translation>El accept() del servidor ya ha devuelto esta conexión: %1 la tiene como fd %2.</translation>
    </message>
    <message>
        <source>The server&apos;s accept() has already returned this connection, and %1 has closed it since (fd %2).</source>
        <translation>El accept() del servidor ya ha devuelto esta conexión, y %1 la ha cerrado desde entonces (fd %2).</translation>
    </message>
    <message>
        <source>No accept() has returned it yet: until one does, the finished connection waits in the accept queue of the listening socket fd %1 of %2.</source>
        <translation>Ningún accept() la ha devuelto todavía: hasta que uno lo haga, la conexión terminada espera en la cola de accept del socket de escucha fd %1 de %2.</translation>
    </message>
    <message>
        <source>The server is not in this trace, so whether it has accepted the connection is not known here.</source>
        <translation>El servidor no está en esta traza, así que aquí no se sabe si ha aceptado la conexión.</translation>
    </message>
    <message>
        <source>a new client</source>
        <translation>un cliente nuevo</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>hilo</translation>
    </message>
    <message>
        <source>recv() on fd %1 returned 0 bytes: %2 closed its end. That empty read is how a program learns the other side has gone.</source>
        <translation>recv() en el fd %1 devolvió 0 bytes: %2 cerró su extremo. Esa lectura vacía es como un programa sabe que el otro lado se ha ido.</translation>
    </message>
    <message>
        <source>%1 calls send() on fd %2 and blocks: the send buffer is full because %3 is not reading.</source>
        <translation>%1 llama a send() en el fd %2 y se bloquea: el búfer de envío está lleno porque %3 no está leyendo.</translation>
    </message>
    <message>
        <source>%1 on fd %2 returned EAGAIN at once (Python raises BlockingIOError): nothing is there yet, and a non-blocking socket never waits. The loop will try again.</source>
        <translation>%1 en el fd %2 devolvió EAGAIN de inmediato (Python lanza BlockingIOError): todavía no hay nada, y un socket no bloqueante nunca espera. El bucle lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>%1 registered fd %2 with epoll: the kernel now remembers it, so epoll_wait() needs no list passed on each call.</source>
        <translation>%1 registró el fd %2 en epoll: el núcleo lo recuerda, así que epoll_wait() no necesita que se le pase una lista en cada llamada.</translation>
    </message>
    <message>
        <source>%1 removed fd %2 from epoll&apos;s interest list.</source>
        <translation>%1 quitó el fd %2 de la lista de interés de epoll.</translation>
    </message>
    <message>
        <source>%1 changed what epoll watches on fd %2.</source>
        <translation>%1 cambió lo que epoll vigila en el fd %2.</translation>
    </message>
    <message>
        <source>%1 finished its work and ended. A thread that ends needs no reaping: its resources go back at once.</source>
        <translation>%1 terminó su trabajo y acabó. Un hilo que termina no necesita ser recogido: sus recursos se liberan de inmediato.</translation>
    </message>
    <message>
        <source>%1 called fork(): child pid %2 is a copy of the server with copies of every descriptor, the listening socket included. fork() returns twice: 0 in the child, the child&apos;s pid in the parent.</source>
        <translation>%1 llamó a fork(): el hijo con pid %2 es una copia del servidor con copias de todos los descriptores, incluido el socket de escucha. fork() vuelve dos veces: 0 en el hijo, el pid del hijo en el padre.</translation>
    </message>
    <message>
        <source>child pid %1 exited with status %2. It is now a zombie: it holds no memory and no sockets, only its entry in the process table, until the parent calls waitpid().</source>
        <translation>El hijo con pid %1 terminó con estado %2. Ahora es un zombi: no ocupa memoria ni sockets, solo su entrada en la tabla de procesos, hasta que el padre llame a waitpid().</translation>
    </message>
    <message>
        <source>it reaps finished children before each new fork</source>
        <translation>recoge a los hijos terminados antes de cada fork nuevo</translation>
    </message>
    <message>
        <source>SIGCHLD told it a child had exited</source>
        <translation>SIGCHLD le avisó de que un hijo había terminado</translation>
    </message>
    <message>
        <source>the server is shutting down</source>
        <translation>el servidor se está cerrando</translation>
    </message>
    <message>
        <source>%1 called waitpid() and collected child pid %2 (%3): the zombie is gone.</source>
        <translation>%1 llamó a waitpid() y recogió al hijo con pid %2 (%3): el zombi ha desaparecido.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>in no recorded call</source>
        <translation>en ninguna llamada registrada</translation>
    </message>
    <message>
        <source>between watched calls</source>
        <translation>entre llamadas observadas</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombi</translation>
    </message>
    <message>
        <source>reaped</source>
        <translation>recogido</translation>
    </message>
    <message>
        <source>expected exactly %1, got %2</source>
        <translation>se esperaba exactamente %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected at least %1, got %2</source>
        <translation>se esperaba al menos %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected at most %1, got %2</source>
        <translation>se esperaba como mucho %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>errno %1</source>
        <translation>errno %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>at least %1 bytes</source>
        <translation>al menos %1 bytes</translation>
    </message>
    <message>
        <source>(last)</source>
        <translation>(último)</translation>
    </message>
    <message>
        <source>the server started, but this scenario expects its start to fail</source>
        <translation>el servidor arrancó, pero este escenario espera que su arranque falle</translation>
    </message>
    <message>
        <source>the server did not start</source>
        <translation>el servidor no arrancó</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>cantidad de %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>orden %1</translation>
    </message>
    <message>
        <source>no %1 in the trace</source>
        <translation>no hay %1 en la traza</translation>
    </message>
    <message>
        <source>%1 happened before %2</source>
        <translation>%1 ocurrió antes que %2</translation>
    </message>
    <message>
        <source>%1 received &quot;%2&quot;</source>
        <translation>%1 recibió «%2»</translation>
    </message>
    <message>
        <source>it received &quot;%1&quot;</source>
        <translation>recibió «%1»</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>una lista [ ... ]</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>un objeto { ... }</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la cadena «%1»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>the socket is non-blocking, so the call returned at once</source>
        <translation>el socket es no bloqueante, así que la llamada volvió enseguida</translation>
    </message>
    <message>
        <source>a datagram was already waiting</source>
        <translation>ya había un datagrama esperando</translation>
    </message>
    <message>
        <source>the call returned at once</source>
        <translation>la llamada volvió enseguida</translation>
    </message>
    <message>
        <source>nothing: %1</source>
        <translation>nada: %1</translation>
    </message>
    <message>
        <source>main</source>
        <translation>hilo principal</translation>
    </message>
    <message>
        <source>child</source>
        <translation>hijo</translation>
    </message>
    <message>
        <source>client driver</source>
        <translation>controlador de clientes</translation>
    </message>
    <message>
        <source>sigchld reaper</source>
        <translation>recolector de SIGCHLD</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>child %1</source>
        <translation>hijo %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>trabajador %1</translation>
    </message>
    <message>
        <source>external %1</source>
        <translation>externo %1</translation>
    </message>
    <message>
        <source>%1 closed its datagram socket fd %2. UDP has no connection, so the server is told nothing.</source>
        <translation>%1 cerró su socket de datagramas fd %2. UDP no tiene conexión, así que al servidor no se le comunica nada.</translation>
    </message>
    <message>
        <source>%1 closed its socket fd %2, which never became a connection: the server never saw it.</source>
        <translation>%1 cerró su socket fd %2, que nunca llegó a ser una conexión: el servidor nunca lo vio.</translation>
    </message>
    <message>
        <source> (the kernel reported %1 once the socket was shut down)</source>
        <translation> (el núcleo informó de %1 una vez cerrado el socket con shutdown)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 returned because the run was stopped: SockScope shut the listening socket down, which makes it readable. The loop ends here without serving anything.</source>
        <translation>%2 de %1 volvió porque se detuvo la ejecución: SockScope cerró con shutdown el socket de escucha, lo que lo vuelve legible. El bucle termina aquí sin atender nada.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 on fd %3 returned because the run was stopped: SockScope shut the socket down to end the run%4. This is not a failure of the program, and no client sent anything.</source>
        <translation>%2 de %1 en el fd %3 volvió porque se detuvo la ejecución: SockScope cerró el socket con shutdown para terminar la ejecución%4. No es un fallo del programa, y ningún cliente envió nada.</translation>
    </message>
    <message>
        <source>The readiness call reported it ready and the socket is non-blocking, so this returns at once.</source>
        <translation>La llamada de disponibilidad lo informó como listo y el socket es no bloqueante, así que esto vuelve enseguida.</translation>
    </message>
    <message>
        <source>The socket is non-blocking, so this returns at once.</source>
        <translation>El socket es no bloqueante, así que esto vuelve enseguida.</translation>
    </message>
    <message>
        <source>A connection was already waiting in the accept queue, so accept() returns at once without blocking.</source>
        <translation>Ya había una conexión esperando en la cola de accept, así que accept() vuelve enseguida sin bloquearse.</translation>
    </message>
    <message>
        <source>A datagram is already queued, so recvfrom() returns at once without blocking.</source>
        <translation>Ya hay un datagrama en cola, así que recvfrom() vuelve enseguida sin bloquearse.</translation>
    </message>
    <message>
        <source>The other end has already closed, so recv() returns at once without blocking.</source>
        <translation>El otro extremo ya ha cerrado, así que recv() vuelve enseguida sin bloquearse.</translation>
    </message>
    <message>
        <source>The accept queue is empty: no client is waiting, so the kernel puts %1 to sleep until one connects.</source>
        <translation>La cola de accept está vacía: ningún cliente espera, así que el núcleo duerme a %1 hasta que uno se conecte.</translation>
    </message>
    <message>
        <source>No datagram is queued, so the kernel puts %1 to sleep until one arrives. There is no connection: any client can send the next one.</source>
        <translation>No hay ningún datagrama en cola, así que el núcleo duerme a %1 hasta que llegue uno. No hay conexión: cualquier cliente puede enviar el siguiente.</translation>
    </message>
    <message>
        <source>Nothing is in the receive buffer, so the kernel puts %1 to sleep until the other end sends data or closes.</source>
        <translation>No hay nada en el búfer de recepción, así que el núcleo duerme a %1 hasta que el otro extremo envíe datos o cierre.</translation>
    </message>
    <message>
        <source>It returns as soon as there is something to take, and sleeps until then (this trace does not say whether something was already there).</source>
        <translation>Vuelve en cuanto hay algo que recoger, y duerme hasta entonces (esta traza no dice si ya había algo).</translation>
    </message>
    <message>
        <source>%1 calls accept() on the listening socket fd %2. %3</source>
        <translation>%1 llama a accept() en el socket de escucha fd %2. %3</translation>
    </message>
    <message>
        <source>accept() returned: the kernel had finished the handshake with %1 and hands the server a new socket, fd %2, for it. The listening socket fd %3 stays open for the next client.</source>
        <translation>accept() volvió: el núcleo había terminado el saludo con %1 y entrega al servidor un socket nuevo para él, el fd %2. El socket de escucha fd %3 sigue abierto para el siguiente cliente.</translation>
    </message>
    <message>
        <source>%1 calls recv() on fd %2, the connection with %3. %4</source>
        <translation>%1 llama a recv() en el fd %2, la conexión con %3. %4</translation>
    </message>
    <message>
        <source>While it sleeps, this %1 can do nothing else.</source>
        <translation>Mientras duerme, este %1 no puede hacer nada más.</translation>
    </message>
    <message>
        <source>%1 calls recvfrom() on fd %2. %3</source>
        <translation>%1 llama a recvfrom() en el fd %2. %3</translation>
    </message>
    <message>
        <source>recvfrom() on fd %1 returned with no datagram and no sender: the socket was shut down under it.</source>
        <translation>recvfrom() en el fd %1 volvió sin datagrama y sin remitente: el socket se cerró con shutdown bajo él.</translation>
    </message>
    <message>
        <source>every descriptor registered with it</source>
        <translation>todos los descriptores registrados en él</translation>
    </message>
    <message>
        <source>%1 (SockScope&apos;s driver of the scripted clients, not the server) calls %2 on %3: it returns as soon as one of its clients&apos; sockets can go on.</source>
        <translation>%1 (el controlador de SockScope para los clientes programados, no el servidor) llama a %2 sobre %3: vuelve en cuanto uno de los sockets de sus clientes puede seguir.</translation>
    </message>
    <message>
        <source>%1 calls %2 on %3: it returns as soon as at least one of them is ready (a new connection on the listening socket, or data or a close on a client&apos;s socket), and sleeps until then. One thread watches them all.</source>
        <translation>%1 llama a %2 sobre %3: vuelve en cuanto al menos uno de ellos está listo (una conexión nueva en el socket de escucha, o datos o un cierre en el socket de un cliente), y duerme hasta entonces. Un solo hilo los vigila a todos.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 returned: %3 of its clients&apos; sockets can go on (connect, send or read). This is the client side, not the server.</source>
        <translation>%2 de %1 volvió: %3 de los sockets de sus clientes pueden seguir (connect, send o read). Este es el lado del cliente, no el servidor.</translation>
    </message>
    <message>
        <source>%1 started a thread, %2, whose only job is to collect children the moment they exit, as a SIGCHLD handler would.</source>
        <translation>%1 inició un hilo, %2, cuyo único trabajo es recoger a los hijos en cuanto terminan, como haría un manejador de SIGCHLD.</translation>
    </message>
    <message>
        <source>%1 started a new thread, %2, to serve the connection. %1 goes back to its accept() loop, while %2 talks to the client on its own.</source>
        <translation>%1 inició un hilo nuevo, %2, para atender la conexión. %1 vuelve a su bucle de accept(), mientras %2 habla con el cliente por su cuenta.</translation>
    </message>
    <message>
        <source>the run is stopping, and SockScope collects every child that is left</source>
        <translation>la ejecución se está deteniendo, y SockScope recoge a todos los hijos que quedan</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>en una llamada</translation>
    </message>
    <message>
        <source>%1 has not started yet</source>
        <translation>%1 todavía no ha empezado</translation>
    </message>
    <message>
        <source>%1 is in no recorded call: running its own code, or asleep (SockScope does not record sleeps)</source>
        <translation>%1 no está en ninguna llamada registrada: ejecuta su propio código o duerme (SockScope no registra las pausas)</translation>
    </message>
    <message>
        <source>%1 is between the calls SockScope watches: running, or waiting in something it does not see (a lock, join(), a sleep)</source>
        <translation>%1 está entre las llamadas que SockScope observa: en ejecución, o esperando algo que no ve (un cerrojo, join(), un sleep)</translation>
    </message>
    <message>
        <source>%1 is blocked in a call</source>
        <translation>%1 está bloqueado en una llamada</translation>
    </message>
    <message>
        <source>%1 is in a call that returns at once</source>
        <translation>%1 está en una llamada que vuelve enseguida</translation>
    </message>
    <message>
        <source>%1 has exited</source>
        <translation>%1 ha terminado</translation>
    </message>
    <message>
        <source>%1 is a zombie</source>
        <translation>%1 es un zombi</translation>
    </message>
    <message>
        <source>%1 has been reaped</source>
        <translation>%1 ha sido recogido</translation>
    </message>
    <message>
        <source>expected an object of languages, e.g. {&quot;de&quot;: {&quot;English text&quot;: &quot;Deutscher Text&quot;}}, got %1</source>
        <translation>se esperaba un objeto de idiomas, p. ej. {&quot;es&quot;: {&quot;English text&quot;: &quot;Texto en español&quot;}}, se encontró %1</translation>
    </message>
    <message>
        <source>expected a language code of two or three lowercase letters, e.g. &quot;de&quot; or &quot;es&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba un código de idioma de dos o tres letras minúsculas, p. ej. &quot;de&quot; o &quot;es&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is given twice; keep one</source>
        <translation>el idioma &quot;%1&quot; aparece dos veces; deja uno</translation>
    </message>
    <message>
        <source>expected an object {&quot;English text&quot;: &quot;translation&quot;, ...}, got %1</source>
        <translation>se esperaba un objeto {&quot;English text&quot;: &quot;traducción&quot;, ...}, se encontró %1</translation>
    </message>
    <message>
        <source>expected the translated text (a non-empty string), got %1</source>
        <translation>se esperaba el texto traducido (una cadena no vacía), se encontró %1</translation>
    </message>
    <message>
        <source>fd %1 (not a socket but the console pipe: a line was typed there, and any line ends the server&apos;s loop)</source>
        <translation>fd %1 (no es un socket sino la tubería de la consola: se escribió una línea ahí, y cualquier línea termina el bucle del servidor)</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tarea %1</translation>
    </message>
    <message>
        <source>%1 returned with nothing ready: its timeout ran out. The timeout was the deadline of the nearest sleeping task, so the loop now resumes the tasks whose sleep is over.</source>
        <translation>%1 volvió sin nada listo: se agotó su tiempo de espera. Ese tiempo era el plazo de la tarea dormida más próxima, así que el bucle reanuda ahora las tareas cuyo sueño terminó.</translation>
    </message>
    <message>
        <source>%1 made %2 for the new connection on fd %3: a coroutine running handle(reader, writer). A task is not a thread: it has no stack of its own in the kernel, and the loop runs it right away, on this same thread, until its first await.</source>
        <translation>%1 creó %2 para la nueva conexión en el fd %3: una corrutina que ejecuta handle(reader, writer). Una tarea no es un hilo: no tiene pila propia en el núcleo, y el bucle la ejecuta enseguida, en este mismo hilo, hasta su primer await.</translation>
    </message>
    <message>
        <source>%1 awaits data on fd %2: the coroutine is suspended, no thread waits for it; the loop thread goes back to epoll_wait(), which will report fd %2 when %3 sends something or closes.</source>
        <translation>%1 espera (await) datos en el fd %2: la corrutina está suspendida y ningún hilo la espera; el hilo del bucle vuelve a epoll_wait(), que informará del fd %2 cuando %3 envíe algo o cierre.</translation>
    </message>
    <message>
        <source>%1 awaits room to write on fd %2: the send buffer is full because %3 is not reading. The coroutine is suspended, no thread waits for it; the loop thread goes on with the other tasks.</source>
        <translation>%1 espera (await) espacio para escribir en el fd %2: el búfer de envío está lleno porque %3 no lee. La corrutina está suspendida y ningún hilo la espera; el hilo del bucle sigue con las demás tareas.</translation>
    </message>
    <message>
        <source>%1 awaits asyncio.sleep(): the loop notes a timer %2 ms from now and the coroutine is suspended. The loop thread is free: it serves the other tasks, and epoll_wait() returns by the deadline at the latest.</source>
        <translation>%1 espera asyncio.sleep(): el bucle anota un temporizador dentro de %2 ms y la corrutina queda suspendida. El hilo del bucle está libre: atiende a las demás tareas, y epoll_wait() vuelve a más tardar en el plazo.</translation>
    </message>
    <message>
        <source>%1 is suspended at an await; no thread waits for it.</source>
        <translation>%1 está suspendida en un await; ningún hilo la espera.</translation>
    </message>
    <message>
        <source>the loop thread</source>
        <translation>el hilo del bucle</translation>
    </message>
    <message>
        <source>epoll_wait() reported fd %1 ready, so %2 resumes %3 where it awaited: the coroutine goes on from its await and calls recv() again, which will not block.</source>
        <translation>epoll_wait() informó de que el fd %1 está listo, así que %2 reanuda %3 donde esperaba: la corrutina sigue tras su await y vuelve a llamar a recv(), que no bloqueará.</translation>
    </message>
    <message>
        <source>%1 resumes %2, which awaited data on fd %3: the coroutine goes on from its await.</source>
        <translation>%1 reanuda %2, que esperaba datos en el fd %3: la corrutina sigue tras su await.</translation>
    </message>
    <message>
        <source>epoll_wait() reported room to write on fd %1, so %2 resumes %3 to send the rest of its reply.</source>
        <translation>epoll_wait() informó de espacio para escribir en el fd %1, así que %2 reanuda %3 para enviar el resto de su respuesta.</translation>
    </message>
    <message>
        <source>%1 resumes %2, which awaited room to write on fd %3.</source>
        <translation>%1 reanuda %2, que esperaba espacio para escribir en el fd %3.</translation>
    </message>
    <message>
        <source>%1&apos;s sleep is over: its deadline has passed, so %2 resumes it after epoll_wait() returned. The coroutine goes on from its await.</source>
        <translation>El sueño de %1 terminó: su plazo ha pasado, así que %2 la reanuda después de que epoll_wait() volviera. La corrutina sigue tras su await.</translation>
    </message>
    <message>
        <source>%1 resumes %2: the coroutine goes on from its await.</source>
        <translation>%1 reanuda %2: la corrutina sigue tras su await.</translation>
    </message>
    <message>
        <source>%1 was cancelled because the run was stopped: SockScope ended the loop while the task was suspended or working. Its coroutine is destroyed where it was; this is not a failure of the task.</source>
        <translation>%1 se canceló porque se detuvo la ejecución: SockScope terminó el bucle mientras la tarea estaba suspendida o trabajando. Su corrutina se destruye donde estaba; no es un fallo de la tarea.</translation>
    </message>
    <message>
        <source>%1 is done: the client closed, the handler closed fd %2 and its coroutine returned. Its frame is freed; no thread ends, because the task never had one.</source>
        <translation>%1 terminó: el cliente cerró, el manejador cerró el fd %2 y su corrutina volvió. Su marco se libera; ningún hilo termina, porque la tarea nunca tuvo uno.</translation>
    </message>
    <message>
        <source>%1 is done: the client sent &quot;q&quot;, the handler closed fd %2 and its coroutine returned. No thread ends: the loop thread goes on.</source>
        <translation>%1 terminó: el cliente envió &quot;q&quot;, el manejador cerró el fd %2 y su corrutina volvió. Ningún hilo termina: el hilo del bucle sigue.</translation>
    </message>
    <message>
        <source>%1 is done: its connection on fd %2 broke, the handler closed it and its coroutine returned. The other tasks go on.</source>
        <translation>%1 terminó: su conexión en el fd %2 se rompió, el manejador la cerró y su corrutina volvió. Las demás tareas siguen.</translation>
    </message>
    <message>
        <source>accept() on fd %1 returned EAGAIN at once: no more connections are waiting in the queue. The loop stops accepting and goes on.</source>
        <translation>accept() en el fd %1 devolvió EAGAIN al instante: no quedan conexiones esperando en la cola. El bucle deja de aceptar y sigue.</translation>
    </message>
    <message>
        <source>send() on fd %1 returned EAGAIN at once: the send buffer is full. Instead of waiting, the task will await room to write.</source>
        <translation>send() en el fd %1 devolvió EAGAIN al instante: el búfer de envío está lleno. En vez de bloquearse, la tarea esperará con await espacio para escribir.</translation>
    </message>
    <message>
        <source>%1 on fd %2 returned EAGAIN at once (Python raises BlockingIOError): nothing is there yet, and a non-blocking socket never waits. Instead of trying again, the task will await the socket.</source>
        <translation>%1 en el fd %2 devolvió EAGAIN al instante (Python lanza BlockingIOError): aún no hay nada, y un socket no bloqueante nunca espera. En vez de volver a intentarlo, la tarea esperará el socket con await.</translation>
    </message>
    <message>
        <source>or until %1 ms have passed: the deadline of the nearest sleeping task.</source>
        <translation>o hasta que pasen %1 ms: el plazo de la tarea dormida más próxima.</translation>
    </message>
    <message>
        <source>however long that takes: no task is sleeping.</source>
        <translation>el tiempo que haga falta: ninguna tarea duerme.</translation>
    </message>
    <message>
        <source>%1 calls %2 on %3, the listening socket. There is no task now, so it sleeps until a client connects, however long that takes; only this thread waits.</source>
        <translation>%1 llama a %2 sobre %3, el socket de escucha. Ahora no hay ninguna tarea, así que duerme hasta que un cliente se conecte, tarde lo que tarde; solo este hilo espera.</translation>
    </message>
    <message>
        <source>%1 calls %2 on %3, the listening socket and the sockets that suspended tasks await. It sleeps until one of them is ready, %4 Every task is suspended now; only this thread waits.</source>
        <translation>%1 llama a %2 sobre %3, el socket de escucha y los sockets que esperan las tareas suspendidas. Duerme hasta que uno de ellos esté listo, %4 Todas las tareas están suspendidas ahora; solo este hilo espera.</translation>
    </message>
    <message>
        <source>%1 registered fd %2 with epoll for the task that awaits %3 on it, to be reported once (EPOLLONESHOT).</source>
        <translation>%1 registró el fd %2 en epoll para la tarea que espera %3 en él, para que se informe una vez (EPOLLONESHOT).</translation>
    </message>
    <message>
        <source>%1 re-armed fd %2 in epoll for the task that awaits %3 on it: one report, then epoll disarms it again (EPOLLONESHOT).</source>
        <translation>%1 rearmó el fd %2 en epoll para la tarea que espera %3 en él: un aviso, y epoll lo desarma de nuevo (EPOLLONESHOT).</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>%1 is suspended at an await; no thread waits for it</source>
        <translation>%1 está suspendida en un await; ningún hilo la espera</translation>
    </message>
    <message>
        <source>%1 is done: its coroutine has returned</source>
        <translation>%1 terminó: su corrutina ha vuelto</translation>
    </message>
    <message numerus="yes">
        <source>no task alive (%n done)</source>
        <translation>
            <numerusform>ninguna tarea viva (%n terminada)</numerusform>
            <numerusform>ninguna tarea viva (%n terminadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting read</source>
        <translation>
            <numerusform>%n esperando lectura</numerusform>
            <numerusform>%n esperando lectura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting room to write</source>
        <translation>
            <numerusform>%n esperando espacio para escribir</numerusform>
            <numerusform>%n esperando espacio para escribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sleeping</source>
        <translation>
            <numerusform>%n durmiendo</numerusform>
            <numerusform>%n durmiendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s): </source>
        <translation>
            <numerusform>%n tarea: </numerusform>
            <numerusform>%n tareas: </numerusform>
        </translation>
    </message>
    <message>
        <source>awaiting read on fd %1</source>
        <translation>esperando lectura en el fd %1</translation>
    </message>
    <message>
        <source>awaiting room to write on fd %1</source>
        <translation>esperando espacio para escribir en el fd %1</translation>
    </message>
    <message>
        <source>sleeping %1 ms</source>
        <translation>durmiendo %1 ms</translation>
    </message>
    <message>
        <source>the server&apos;s connection to %1 (fd %2)</source>
        <translation>la conexión del servidor con %1 (fd %2)</translation>
    </message>
    <message>
        <source>%1&apos;s socket (fd %2)</source>
        <translation>el socket de %1 (fd %2)</translation>
    </message>
    <message>
        <source>the server&apos;s connection to %1 (fd %2, already closed)</source>
        <translation>la conexión del servidor con %1 (fd %2, ya cerrado)</translation>
    </message>
    <message>
        <source>%1&apos;s socket (fd %2, already closed)</source>
        <translation>el socket de %1 (fd %2, ya cerrado)</translation>
    </message>
    <message>
        <source>%1&apos;s socket (already closed)</source>
        <translation>el socket de %1 (ya cerrado)</translation>
    </message>
    <message>
        <source>the server&apos;s connection to %1 (fd %2, which an accept() under way returns)</source>
        <translation>la conexión del servidor con %1 (fd %2, que devuelve un accept() en curso)</translation>
    </message>
    <message>
        <source>fd %1 (which an accept() under way returns)</source>
        <translation>fd %1 (que devuelve un accept() en curso)</translation>
    </message>
    <message>
        <source>the connection %1 ↔ %2 (held by fd %3 of pid %4)</source>
        <translation>la conexión %1 ↔ %2 (en manos del fd %3 del pid %4)</translation>
    </message>
    <message>
        <source>the connection %1 ↔ %2 (last seen held by fd %3)</source>
        <translation>la conexión %1 ↔ %2 (la última vez la tenía el fd %3)</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <source>the socket %1</source>
        <translation>el socket %1</translation>
    </message>
    <message>
        <source>the server&apos;s end of %1&apos;s connection (no descriptor holds it)</source>
        <translation>el extremo del servidor de la conexión de %1 (ningún descriptor lo tiene)</translation>
    </message>
    <message>
        <source>the connection %1 ↔ %2 (no descriptor holds it)</source>
        <translation>la conexión %1 ↔ %2 (ningún descriptor la tiene)</translation>
    </message>
    <message>
        <source> (backlog %1 + 1, sampled)</source>
        <translation> (backlog %1 + 1, muestreado)</translation>
    </message>
    <message>
        <source>: it is full</source>
        <translation>: está llena</translation>
    </message>
    <message>
        <source> (sampled)</source>
        <translation> (muestreado)</translation>
    </message>
    <message>
        <source>Still in connect(): %1.</source>
        <translation>Todavía en connect(): %1.</translation>
    </message>
    <message>
        <source> (sampled).</source>
        <translation> (muestreado).</translation>
    </message>
    <message>
        <source>%1 is in %2 (sampled): %3.</source>
        <translation>%1 está en %2 (muestreado): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the accept queue of %1</source>
        <translation>
            <numerusform>%n conexión espera en la cola de accept de %1</numerusform>
            <numerusform>%n conexiones esperan en la cola de accept de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the previous sample the kernel dropped %n more connection request(s) that found no room.</source>
        <translation>
            <numerusform>Desde la muestra anterior el kernel descartó %n petición de conexión más que no encontró sitio.</numerusform>
            <numerusform>Desde la muestra anterior el kernel descartó %n peticiones de conexión más que no encontraron sitio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n unread byte(s) in its receive queue</source>
        <translation>
            <numerusform>%1 tiene %n byte sin leer en su cola de recepción</numerusform>
            <numerusform>%1 tiene %n bytes sin leer en su cola de recepción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (of a %n-byte receive buffer)</source>
        <translation>
            <numerusform> (de un búfer de recepción de %n byte)</numerusform>
            <numerusform> (de un búfer de recepción de %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n byte(s) not yet acknowledged in its send queue</source>
        <translation>
            <numerusform> y %n byte aún no confirmado en su cola de envío</numerusform>
            <numerusform> y %n bytes aún no confirmados en su cola de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (of a %n-byte send buffer)</source>
        <translation>
            <numerusform> (de un búfer de envío de %n byte)</numerusform>
            <numerusform> (de un búfer de envío de %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>child pid %1 was ended by signal %2, sent to end the run: this is the stop, not a failure of the program. It is now a zombie until its parent calls waitpid().</source>
        <translation>el hijo con PID %1 terminó por la señal %2, enviada para terminar la ejecución: es la parada, no un fallo del programa. Ahora es un zombi hasta que su padre llame a waitpid().</translation>
    </message>
    <message>
        <source>child pid %1 exited with status %2 while the run was stopping. It is now a zombie until its parent calls waitpid().</source>
        <translation>el hijo con PID %1 terminó con estado %2 mientras la ejecución se detenía. Ahora es un zombi hasta que su padre llame a waitpid().</translation>
    </message>
    <message>
        <source>another socket already uses this address and port: a server listening there, or a connection on it still in TIME_WAIT.</source>
        <translation>otro socket ya usa esta dirección y este puerto: un servidor que escucha allí, o una conexión en él que sigue en TIME_WAIT.</translation>
    </message>
    <message>
        <source>%1&apos;s bind() failed with %2: no socket listens on port %3 in the kernel&apos;s latest sample, but the old connection&apos;s end on that port is in TIME_WAIT (the end that closed first, which the kernel keeps for a minute). Without SO_REUSEADDR, bind() refuses a port such a connection still uses, so this socket cannot listen.</source>
        <translation>bind() de %1 falló con %2: en la última muestra del kernel ningún socket escucha en el puerto %3, pero el extremo de la conexión antigua en ese puerto está en TIME_WAIT (el extremo que cerró primero, que el kernel guarda un minuto). Sin SO_REUSEADDR, bind() rechaza un puerto que una conexión así todavía usa, así que este socket no puede escuchar.</translation>
    </message>
    <message>
        <source>%1&apos;s bind() failed with %2: another socket already listens on port %3; only one server can listen on a port at a time.</source>
        <translation>bind() de %1 falló con %2: otro socket ya escucha en el puerto %3; solo un servidor puede escuchar en un puerto a la vez.</translation>
    </message>
    <message>
        <source>%1 ended without serving anyone: its %2 failed with %3, so it closed its socket and never listened. This server did not start.</source>
        <translation>%1 terminó sin atender a nadie: su %2 falló con %3, así que cerró su socket y nunca escuchó. Este servidor no arrancó.</translation>
    </message>
    <message>
        <source>%1 was stopped: it closed its listening socket and its thread ended. This server no longer runs.</source>
        <translation>%1 se detuvo: cerró su socket de escucha y su hilo terminó. Este servidor ya no se ejecuta.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>room to write</source>
        <translation>espacio para escribir</translation>
    </message>
    <message>
        <source>the kernel would not create another process: the limit on threads and processes (RLIMIT_NPROC, pids.max) is reached.</source>
        <translation>el kernel no quiso crear otro proceso: se alcanzó el límite de hilos y procesos (RLIMIT_NPROC, pids.max).</translation>
    </message>
    <message>
        <source>%1 turned the connection on fd %2 away.</source>
        <translation>%1 rechazó la conexión del fd %2.</translation>
    </message>
    <message>
        <source>%1 turned the connection on fd %2 away: %3.</source>
        <translation>%1 rechazó la conexión del fd %2: %3.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>another thread</source>
        <translation>otro hilo</translation>
    </message>
    <message>
        <source>%1 could not get %2: the kernel refused with %3, because the limit on threads and processes (RLIMIT_NPROC, pids.max) or memory is reached.</source>
        <translation>%1 no pudo obtener %2: el kernel se negó con %3, porque se alcanzó el límite de hilos y procesos (RLIMIT_NPROC, pids.max) o de memoria.</translation>
    </message>
    <message>
        <source>the number %1, which is out of the range a number can hold here</source>
        <translation>el número %1, que está fuera del rango que un número puede tener aquí</translation>
    </message>
    <message>
        <source>and %1 more problems (only the first %2 in the file are listed)</source>
        <translation>y %1 problemas más (solo se enumeran los primeros %2 del archivo)</translation>
    </message>
    <message>
        <source>a scenario file</source>
        <translation>un archivo de escenario</translation>
    </message>
</context>
<context>
    <name>sockscope::About</name>
    <message>
        <source>About SockScope</source>
        <translation>Acerca de SockScope</translation>
    </message>
    <message>
        <source>SockScope %1</source>
        <translation>SockScope %1</translation>
    </message>
    <message>
        <source>SockScope runs real servers on this computer (sequential, threaded, forking, select, poll, epoll, non-blocking, UDP), sends scripted clients at them and records every system call. The timeline shows where each thread and process blocks, what wakes it, when threads and children are born, and when a child is a zombie.

For teachers showing it in class and for students exploring alone.

Built with Qt %1.</source>
        <translation>SockScope ejecuta servidores reales en este ordenador (secuencial, con hilos, con fork, select, poll, epoll, no bloqueante, UDP), les envía clientes con guion y registra cada llamada al sistema. La línea de tiempo muestra dónde se bloquea cada hilo y cada proceso, qué lo despierta, cuándo nacen los hilos y los hijos y cuándo un hijo es un zombi.

Para docentes que lo muestran en clase y para estudiantes que exploran por su cuenta.

Compilado con Qt %1.</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientStepper</name>
    <message>
        <source>Next client step</source>
        <translation>Siguiente paso de cliente</translation>
    </message>
    <message>
        <source>Let the client that has waited longest take its next step (N)</source>
        <translation>Dejar que el cliente que lleva más tiempo esperando dé su siguiente paso (N)</translation>
    </message>
    <message>
        <source>Next step (N)</source>
        <translation>Siguiente paso (N)</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>actor %1</translation>
    </message>
    <message>
        <source>%1 next: %2</source>
        <translation>%1 a continuación: %2</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Let this client take just this one step</source>
        <translation>Dejar que este cliente dé solo este paso</translation>
    </message>
    <message>
        <source>You are the scheduler: nothing happens until you release a client&apos;s next step.</source>
        <translation>Tú eres el planificador: no ocurre nada hasta que liberes el siguiente paso de un cliente.</translation>
    </message>
    <message>
        <source>No client is waiting for you.</source>
        <translation>Ningún cliente te está esperando.</translation>
    </message>
    <message>
        <source>Runs of a step-by-hand scenario (such as you-are-the-scheduler) wait here for you to release each client&apos;s steps.</source>
        <translation>Las ejecuciones de un escenario paso a paso (como you-are-the-scheduler) esperan aquí a que liberes los pasos de cada cliente.</translation>
    </message>
</context>
<context>
    <name>sockscope::CodePane</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Show the Python-flavoured listing</source>
        <translation>Mostrar el listado al estilo Python</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Show the C-flavoured listing</source>
        <translation>Mostrar el listado al estilo C</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Todavía no hay ejecución</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>%1 waits in %2: %3</source>
        <translation>%1 espera en %2: %3</translation>
    </message>
    <message>
        <source>Server (%1)</source>
        <translation>Servidor (%1)</translation>
    </message>
    <message>
        <source>%1 is in %2, which returns at once: %3</source>
        <translation>%1 está en %2, que vuelve enseguida: %3</translation>
    </message>
    <message>
        <source>Client (%1)</source>
        <translation>Cliente (%1)</translation>
    </message>
    <message>
        <source>A scripted client</source>
        <translation>Un cliente programado</translation>
    </message>
    <message>
        <source>selectors</source>
        <translation>selectors</translation>
    </message>
    <message>
        <source>Show the Python listing with the selectors module, a callback per socket</source>
        <translation>Mostrar el listado de Python con el módulo selectors, una función de retorno por socket</translation>
    </message>
    <message>
        <source>%1 is suspended in %2 (no thread waits for it): it awaits %3</source>
        <translation>%1 está suspendida en %2 (ningún hilo la espera): espera %3</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Su programa</translation>
    </message>
    <message>
        <source>Where the line is not known</source>
        <translation>Donde no se conoce la línea</translation>
    </message>
    <message>
        <source>%1: at %2, a file that cannot be shown</source>
        <translation>%1: en %2, un archivo que no se puede mostrar</translation>
    </message>
    <message>
        <source>%1: its line is not known (a C program needs -g; a call outside the program&apos;s own files has none)</source>
        <translation>%1: no se conoce su línea (un programa en C necesita -g; una llamada fuera de los archivos propios del programa no tiene)</translation>
    </message>
    <message>
        <source>No source line has been recorded yet.</source>
        <translation>Aún no se ha registrado ninguna línea de código.</translation>
    </message>
</context>
<context>
    <name>sockscope::CompareWindow</name>
    <message>
        <source>Makespan (ms)</source>
        <translation>Duración total (ms)</translation>
    </message>
    <message>
        <source>Threads created</source>
        <translation>Hilos creados</translation>
    </message>
    <message>
        <source>Processes created</source>
        <translation>Procesos creados</translation>
    </message>
    <message>
        <source>Peak threads</source>
        <translation>Máximo de hilos</translation>
    </message>
    <message>
        <source>Peak zombies</source>
        <translation>Máximo de zombis</translation>
    </message>
    <message>
        <source>System calls</source>
        <translation>Llamadas al sistema</translation>
    </message>
    <message>
        <source>select/poll/epoll calls</source>
        <translation>Llamadas a select/poll/epoll</translation>
    </message>
    <message>
        <source>waited before accept (ms)</source>
        <translation>esperó antes de accept (ms)</translation>
    </message>
    <message>
        <source>first reply (ms)</source>
        <translation>primera respuesta (ms)</translation>
    </message>
    <message>
        <source>done (ms)</source>
        <translation>terminado (ms)</translation>
    </message>
    <message>
        <source>&amp;Start all</source>
        <translation>&amp;Iniciar todos</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Compare models — SockScope</source>
        <translation>Comparar modelos — SockScope</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>Models (2 to 4):</source>
        <translation>Modelos (2 a 4):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick %1 to %2 models to compare them.</source>
        <translation>Marca de %1 a %2 modelos para compararlos.</translation>
    </message>
    <message>
        <source>The scenario %1 does not run under the model %2.</source>
        <translation>El escenario %1 no se ejecuta con el modelo %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every server started: %1</source>
        <translation>No todos los servidores arrancaron: %1</translation>
    </message>
    <message>
        <source>Running %1 under %2 models, each on its own port…</source>
        <translation>Ejecutando %1 con %2 modelos, cada uno en su propio puerto…</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>ejecutándose en %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Finished. Zooming or panning one timeline moves them all.</source>
        <translation>Terminado. Hacer zoom o desplazar una línea de tiempo mueve todas.</translation>
    </message>
    <message>
        <source>Tasks created</source>
        <translation>Tareas creadas</translation>
    </message>
    <message>
        <source>%1 with this scenario&apos;s server set otherwise (variant %2)</source>
        <translation>%1 con el servidor de este escenario configurado de otro modo (variante %2)</translation>
    </message>
</context>
<context>
    <name>sockscope::ConsoleInput</name>
    <message>
        <source> Console: </source>
        <translation> Consola: </translation>
    </message>
    <message>
        <source>a line for the server&apos;s console</source>
        <translation>una línea para la consola del servidor</translation>
    </message>
    <message>
        <source>Written into the console pipe the server watches beside its sockets (the lecture&apos;s sys.stdin). Any line makes the server leave its loop and close the listening socket.</source>
        <translation>Se escribe en la tubería de la consola que el servidor vigila junto a sus sockets (el sys.stdin de la clase). Cualquier línea hace que el servidor salga de su bucle y cierre el socket de escucha.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>sockscope::EventLogModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Data (escaped)</source>
        <translation>Datos (escapados)</translation>
    </message>
</context>
<context>
    <name>sockscope::EventLogWidget</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Blocking calls</source>
        <translation>Llamadas bloqueantes</translation>
    </message>
    <message>
        <source>Data (send/recv)</source>
        <translation>Datos (send/recv)</translation>
    </message>
    <message>
        <source>Sockets (socket/bind/listen/close)</source>
        <translation>Sockets (socket/bind/listen/close)</translation>
    </message>
    <message>
        <source>Threads and processes</source>
        <translation>Hilos y procesos</translation>
    </message>
    <message>
        <source>Readiness (select/poll/epoll)</source>
        <translation>Disponibilidad (select/poll/epoll)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Actor:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los actores</translation>
    </message>
</context>
<context>
    <name>sockscope::Handout</name>
    <message>
        <source>The run recorded nothing: there is no handout to write.</source>
        <translation>La ejecución no registró nada: no hay hoja de clase que escribir.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not start the PDF for %1.</source>
        <translation>No se pudo empezar el PDF para %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF for %1.</source>
        <translation>No se pudo añadir una página al PDF para %1.</translation>
    </message>
    <message>
        <source>The run (no chapter was reached)</source>
        <translation>La ejecución (no se alcanzó ningún capítulo)</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Capítulo %1 de %2</translation>
    </message>
    <message>
        <source>What happened (event %1)</source>
        <translation>Qué pasó (evento %1)</translation>
    </message>
    <message>
        <source>Where the server is in the code (%1)</source>
        <translation>Dónde está el servidor en el código (%1)</translation>
    </message>
    <message>
        <source>%1, line %2:  %3</source>
        <translation>%1, línea %2:  %3</translation>
    </message>
    <message>
        <source>(no server thread or process is on a line of the listing)</source>
        <translation>(ningún hilo o proceso del servidor está en una línea del listado)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predice</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation>Respuesta (%1): %2</translation>
    </message>
</context>
<context>
    <name>sockscope::InputFile</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>it holds more than %1, the most %2 may hold; nothing was loaded</source>
        <translation>contiene más de %1, lo máximo que puede contener %2; no se cargó nada</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>it holds more than %1 bytes, the most %2 may hold; nothing was loaded</source>
        <translation>contiene más de %1 bytes, lo máximo que puede contener %2; no se cargó nada</translation>
    </message>
</context>
<context>
    <name>sockscope::LessonPanels</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Qué acaba de pasar</translation>
    </message>
    <message>
        <source>Clients waiting for you</source>
        <translation>Clientes que te esperan</translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindow</name>
    <message>
        <source>This trace is complete only up to %1 s: %2 later events were not kept (the recorder&apos;s memory budget was reached).</source>
        <translation>Esta traza solo está completa hasta %1 s: %2 eventos posteriores no se guardaron (se alcanzó el presupuesto de memoria del grabador).</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>SockScope</source>
        <translation>SockScope</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the scenario under the chosen model (Ctrl+R)</source>
        <translation>Iniciar el escenario con el modelo elegido (Ctrl+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play / pause the replay (Space)</source>
        <translation>Reproducir / pausar la repetición (Espacio)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Evento anterior</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Evento siguiente</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Previous block or wake-up</source>
        <translation>Bloqueo o despertar anterior</translation>
    </message>
    <message>
        <source>Next block or wake-up</source>
        <translation>Bloqueo o despertar siguiente</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Seguir en vivo</translation>
    </message>
    <message>
        <source>Compress idle gaps</source>
        <translation>Comprimir los tiempos muertos</translation>
    </message>
    <message>
        <source>Squeeze stretches where nothing happens (G); their real length is written on the axis</source>
        <translation>Comprimir los tramos en los que no pasa nada (G); su duración real se indica en el eje</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>&amp;Abrir traza…</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>SockScope traces (*.json)</source>
        <translation>Trazas de SockScope (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save trace…</source>
        <translation>&amp;Guardar traza…</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Guardar traza</translation>
    </message>
    <message>
        <source>Save screens&amp;hot…</source>
        <translation>Guardar &amp;captura…</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Guardar captura</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Velocidad: </translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed, relative to the real run</source>
        <translation>Velocidad de repetición, relativa a la ejecución real</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>The scenario %1 does not run under the model %2.</source>
        <translation>El escenario %1 no se ejecuta con el modelo %2.</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>El servidor no arrancó: %1</translation>
    </message>
    <message>
        <source>Running %1 under %2 on %3</source>
        <translation>Ejecutando %1 con %2 en %3</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <source>Finished. Step with ← and →, or press Space to replay.</source>
        <translation>Terminado. Avanza con ← y →, o pulsa Espacio para repetir.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Puerto: %1</translation>
    </message>
    <message>
        <source>Port: —</source>
        <translation>Puerto: —</translation>
    </message>
    <message>
        <source>Live actors: %1</source>
        <translation>Actores vivos: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Actores: %1</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Evento %1 de %2</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Eventos: %1</translation>
    </message>
    <message>
        <source>Elapsed: %1 ms</source>
        <translation>Transcurrido: %1 ms</translation>
    </message>
    <message>
        <source>Model: your own program (watched)</source>
        <translation>Modelo: su propio programa (observado)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded as PNG</source>
        <translation>%1: la imagen no se pudo codificar como PNG</translation>
    </message>
    <message>
        <source>Model: not named in this trace</source>
        <translation>Modelo: no indicado en esta traza</translation>
    </message>
    <message>
        <source>Opening %1 on the window&apos;s own thread (no other thread could be started): the window answers again when it is read</source>
        <translation>Abriendo %1 en el propio hilo de la ventana (no se pudo iniciar otro hilo): la ventana vuelve a responder cuando termine de leerse</translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindowActions</name>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>Save a copy of the current scenario to change in an editor; copies in your scenario folder are listed under &quot;My scenarios&quot;</source>
        <translation>Guardar una copia del escenario actual para cambiarla en un editor; las copias en su carpeta de escenarios aparecen en «Mis escenarios»</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <source>Open &amp;my scenarios folder</source>
        <translation>Abrir la carpeta de &amp;mis escenarios</translation>
    </message>
    <message>
        <source>Show the folder whose scenarios are listed under &quot;My scenarios&quot; in the file manager</source>
        <translation>Mostrar en el gestor de archivos la carpeta cuyos escenarios aparecen en «Mis escenarios»</translation>
    </message>
    <message>
        <source>Your scenarios are in %1.</source>
        <translation>Sus escenarios están en %1.</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>El escenario no se guardó</translation>
    </message>
    <message>
        <source>No scenario is chosen.</source>
        <translation>No hay ningún escenario elegido.</translation>
    </message>
    <message>
        <source>Saved a copy at %1: change it in an editor, then choose it under &quot;My scenarios&quot;.</source>
        <translation>Copia guardada en %1: cámbiela en un editor y luego elíjala en «Mis escenarios».</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Exportar &amp;hoja de clase (PDF)…</translation>
    </message>
    <message>
        <source>A page per chapter of this run: the timeline at that moment, the chapter, the narration and the code; the answers last</source>
        <translation>Una página por capítulo de esta ejecución: la línea de tiempo en ese momento, el capítulo, la narración y el código; las respuestas al final</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja de clase</translation>
    </message>
    <message>
        <source>A handout shows the chapters of a run: run a scenario first.</source>
        <translation>Una hoja de clase muestra los capítulos de una ejecución: ejecute antes un escenario.</translation>
    </message>
    <message>
        <source>The handout was not exported</source>
        <translation>La hoja de clase no se exportó</translation>
    </message>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>Abrir &amp;escenario…</translation>
    </message>
    <message>
        <source>Load a scenario file; problems are listed by line and column</source>
        <translation>Cargar un archivo de escenario; los problemas se indican con línea y columna</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Timeline as &amp;PNG…</source>
        <translation>Línea de tiempo como &amp;PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline as &amp;SVG…</source>
        <translation>Línea de tiempo como &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Timeline as P&amp;DF…</source>
        <translation>Línea de tiempo como P&amp;DF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Chrome trace for Perfetto…</source>
        <translation>Traza de &amp;Chrome para Perfetto…</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Exportar traza de Chrome</translation>
    </message>
    <message>
        <source>Chrome Trace JSON (*.json)</source>
        <translation>JSON de Chrome Trace (*.json)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Compare models…</source>
        <translation>&amp;Comparar modelos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>How to read the &amp;timeline</source>
        <translation>Cómo leer la &amp;línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;About SockScope</source>
        <translation>&amp;Acerca de SockScope</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>This trace cannot be opened</source>
        <translation>No se puede abrir esta traza</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Opened %1: nothing runs, step with ← and →.</source>
        <translation>Se abrió %1: no se ejecuta nada, avanza con ← y →.</translation>
    </message>
    <message>
        <source>This scenario has problems</source>
        <translation>Este escenario tiene problemas</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; loaded; press Start to run it.</source>
        <translation>Escenario «%1» cargado; pulsa Iniciar para ejecutarlo.</translation>
    </message>
    <message>
        <source>The trace was not saved</source>
        <translation>La traza no se guardó</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>The timeline was not exported</source>
        <translation>La línea de tiempo no se exportó</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Se exportó %1.</translation>
    </message>
    <message>
        <source>The Chrome trace was not exported</source>
        <translation>La traza de Chrome no se exportó</translation>
    </message>
    <message>
        <source>Exported %1; open it at ui.perfetto.dev.</source>
        <translation>Se exportó %1; ábrelo en ui.perfetto.dev.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>a trace file</source>
        <translation>un archivo de traza</translation>
    </message>
    <message>
        <source>The screenshot was not saved</source>
        <translation>La captura de pantalla no se guardó</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sockscope::ModelChooser</name>
    <message>
        <source> Model: </source>
        <translation> Modelo: </translation>
    </message>
    <message>
        <source>your own program (watched)</source>
        <translation>su propio programa (observado)</translation>
    </message>
    <message>
        <source>The lanes show the program you watch, not one of SockScope&apos;s models. Start runs the scenario under a model again.</source>
        <translation>Los carriles muestran el programa que observa, no uno de los modelos de SockScope. Iniciar vuelve a ejecutar el escenario con un modelo.</translation>
    </message>
</context>
<context>
    <name>sockscope::NarrationSource</name>
    <message>
        <source>Pick a scenario and a model, then press Start.</source>
        <translation>Elige un escenario y un modelo, y pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Step with → to see what happens, one system call at a time.</source>
        <translation>Avanza con → para ver qué pasa, una llamada al sistema cada vez.</translation>
    </message>
    <message>
        <source>Event %1 of %2  ·  %3  ·  %4</source>
        <translation>Evento %1 de %2  ·  %3  ·  %4</translation>
    </message>
    <message>
        <source>Event %1 (the run goes on)  ·  %2  ·  %3</source>
        <translation>Evento %1 (la ejecución continúa)  ·  %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>sockscope::OutputFile</name>
    <message>
        <source>%1 is a symbolic link that belongs to another user (uid %2) in the sticky, world-writable directory %3; SockScope does not follow it (the rule of the kernel&apos;s fs.protected_symlinks). Remove the link or choose another file name.</source>
        <translation>%1 es un enlace simbólico que pertenece a otro usuario (uid %2) en el directorio %3, con bit sticky y escribible por todos; SockScope no lo sigue (la regla fs.protected_symlinks del kernel). Elimine el enlace o elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is a directory; give a file name</source>
        <translation>%1 es un directorio; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is neither a regular file, a character device nor a FIFO; SockScope does not write onto it</source>
        <translation>%1 no es un archivo regular, ni un dispositivo de caracteres, ni un FIFO; SockScope no escribe en él</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2 does not exist</source>
        <translation>%1: no se puede escribir: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2: %3</source>
        <translation>%1: no se puede escribir: la carpeta %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a folder</source>
        <translation>%1: no se puede escribir: %2 no es una carpeta</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>%1: cannot write: it changed from a device or FIFO into something else while it was being opened</source>
        <translation>%1: no se puede escribir: pasó de ser un dispositivo o un FIFO a ser otra cosa mientras se abría</translation>
    </message>
    <message>
        <source>%1: cannot write: the file is not open</source>
        <translation>%1: no se puede escribir: el archivo no está abierto</translation>
    </message>
</context>
<context>
    <name>sockscope::Parser</name>
    <message>
        <source>the file is empty; expected a JSON object { ... }</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON { ... }</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>texto inesperado después del final del documento JSON</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>a byte 0x%1</source>
        <translation>un byte 0x%1</translation>
    </message>
    <message>
        <source>unknown word; expected a value (a string in double quotes, a number, true, false, null, [ or {)</source>
        <translation>palabra desconocida; se esperaba un valor (una cadena entre comillas dobles, un número, true, false, null, [ o {)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>strings need double quotes &quot;...&quot;, not single quotes</source>
        <translation>las cadenas necesitan comillas dobles &quot;...&quot;, no comillas simples</translation>
    </message>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>el archivo termina donde se esperaba un valor</translation>
    </message>
    <message>
        <source>expected a value (a string in double quotes, a number, true, false, null, [ or {), found %1</source>
        <translation>se esperaba un valor (una cadena entre comillas dobles, un número, true, false, null, [ o {), se encontró %1</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;}&apos; is not allowed in JSON</source>
        <translation>en JSON no se permite una coma justo antes de &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>se esperaba una clave entre comillas dobles, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &quot;%1&quot;, found %2</source>
        <translation>se esperaba &apos;:&apos; después de la clave &quot;%1&quot;, se encontró %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member, found %1 (is a comma missing?)</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un miembro, se encontró %1 (¿falta una coma?)</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;]&apos; is not allowed in JSON</source>
        <translation>en JSON no se permite una coma justo antes de &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in a list, found %1 (is a comma missing?)</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en una lista, se encontró %1 (¿falta una coma?)</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u necesita cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>this string has no closing double quote</source>
        <translation>esta cadena no tiene comillas dobles de cierre</translation>
    </message>
    <message>
        <source>this string has no closing double quote on its line (write a line break as \n)</source>
        <translation>esta cadena no tiene comillas dobles de cierre en su línea (escribe un salto de línea como \n)</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string; escape it (\t, \n, \u00XX)</source>
        <translation>carácter de control 0x%1 dentro de una cadena; escápalo (\t, \n, \u00XX)</translation>
    </message>
    <message>
        <source>a \u high surrogate must be followed by \u</source>
        <translation>un sustituto alto \u debe ir seguido de \u</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string (known: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>secuencia de escape desconocida \%1 en una cadena (conocidas: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>numbers may not start with 0 (write 7, not 07)</source>
        <translation>los números no pueden empezar por 0 (escribe 7, no 07)</translation>
    </message>
    <message>
        <source>expected digits after &apos;-&apos;</source>
        <translation>se esperaban dígitos después de &apos;-&apos;</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>se esperaban dígitos después del punto decimal</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>se esperaban dígitos en el exponente</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the byte 0x%1) inside a string: save the file as UTF-8; to send bytes that are not text, write them in hexadecimal with &quot;data_hex&quot;</source>
        <translation>UTF-8 no válido (el byte 0x%1) dentro de una cadena: guarde el archivo como UTF-8; para enviar bytes que no son texto, escríbalos en hexadecimal con &quot;data_hex&quot;</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 surrogate pair and stands for no character alone (a pair is written \ud83d\ude00); to send bytes that are not text, use &quot;data_hex&quot;</source>
        <translation>\u%1 es la mitad de un par suplente UTF-16 y por sí solo no representa ningún carácter (un par se escribe \ud83d\ude00); para enviar bytes que no son texto, use &quot;data_hex&quot;</translation>
    </message>
</context>
<context>
    <name>sockscope::PredictDialog</name>
    <message>
        <source>Don&apos;t ask again this session</source>
        <translation>No volver a preguntar en esta sesión</translation>
    </message>
    <message>
        <source>Runs start at once; Run &gt; Ask predictions turns the questions back on</source>
        <translation>Las ejecuciones empiezan enseguida; Ejecutar &gt; Preguntar predicciones vuelve a activar las preguntas</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Iniciar la ejecución</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Start the run without answering</source>
        <translation>Iniciar la ejecución sin responder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Predict: %1</source>
        <translation>Predicción: %1</translation>
    </message>
    <message>
        <source>Before the run: what do you expect to happen? The run starts when you answer or skip; the answers are revealed once the clients are done.</source>
        <translation>Antes de la ejecución: ¿qué esperas que pase? La ejecución empieza cuando respondes u omites; las respuestas se revelan cuando los clientes han terminado.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Your predictions</source>
        <translation>Tus predicciones</translation>
    </message>
    <message>
        <source>The clients are done. What you predicted, and what the run shows:</source>
        <translation>Los clientes han terminado. Lo que predijiste y lo que muestra la ejecución:</translation>
    </message>
    <message>
        <source>You said: %1. Right.</source>
        <translation>Dijiste: %1. Correcto.</translation>
    </message>
    <message>
        <source>You said: %1. The answer: %2.</source>
        <translation>Dijiste: %1. La respuesta: %2.</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>La respuesta: %1.</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Dijiste: %1</translation>
    </message>
</context>
<context>
    <name>sockscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The scenario&apos;s default</source>
        <translation>El predeterminado del escenario</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
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
        <source>The address the servers listen on. 127.0.0.1 (loopback) keeps them on this computer.</source>
        <translation>La dirección en la que escuchan los servidores. 127.0.0.1 (loopback) los mantiene en este ordenador.</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modelo predeterminado:</translation>
    </message>
    <message>
        <source>Replay &amp;speed:</source>
        <translation>&amp;Velocidad de repetición:</translation>
    </message>
    <message>
        <source>&amp;Presentation scale:</source>
        <translation>&amp;Escala de presentación:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Listening &amp;address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time SockScope starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie SockScope.</translation>
    </message>
    <message>
        <source>Listen beyond this computer?</source>
        <translation>¿Escuchar más allá de este ordenador?</translation>
    </message>
    <message>
        <source>Servers will listen on %1, not on loopback (127.0.0.1).</source>
        <translation>Los servidores escucharán en %1, no en loopback (127.0.0.1).</translation>
    </message>
    <message>
        <source>This exposes the server to the network: other machines can connect to it, and everything they send is recorded and shown. Do this only on a network you trust, for example to let students connect with their own clients.</source>
        <translation>Esto expone el servidor a la red: otras máquinas pueden conectarse, y todo lo que envíen se registra y se muestra. Hazlo solo en una red de confianza, por ejemplo para que los estudiantes se conecten con sus propios clientes.</translation>
    </message>
    <message>
        <source>Listen on %1</source>
        <translation>Escuchar en %1</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Use 127.0.0.1 to stay on this computer.</source>
        <translation>«%1» no es una dirección IPv4. Usa 127.0.0.1 para quedarte en este ordenador.</translation>
    </message>
</context>
<context>
    <name>sockscope::PresentationMode</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Code and state</source>
        <translation>Código y estado</translation>
    </message>
    <message>
        <source>Show or hide what the colours and shapes mean (L)</source>
        <translation>Mostrar u ocultar qué significan los colores y las formas (L)</translation>
    </message>
    <message>
        <source>Show or hide the code and the state inspector (C)</source>
        <translation>Mostrar u ocultar el código y el inspector de estado (C)</translation>
    </message>
</context>
<context>
    <name>sockscope::ProgramConsoleDock</name>
    <message>
        <source>Program console</source>
        <translation>Consola del programa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>End input</source>
        <translation>Terminar entrada</translation>
    </message>
    <message>
        <source>A line for the program&apos;s standard input; Enter sends it</source>
        <translation>Una línea para la entrada estándar del programa; Intro la envía</translation>
    </message>
    <message>
        <source>Write the line and a newline into the program&apos;s standard input</source>
        <translation>Escribir la línea y un salto de línea en la entrada estándar del programa</translation>
    </message>
    <message>
        <source>Close the program&apos;s standard input (end of file, like Ctrl+D)</source>
        <translation>Cerrar la entrada estándar del programa (fin de archivo, como Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>sockscope::RunCompanion</name>
    <message>
        <source>Ask &amp;predictions</source>
        <translation>&amp;Preguntar predicciones</translation>
    </message>
    <message>
        <source>Ask the scenario&apos;s predict questions before a run</source>
        <translation>Hacer las preguntas de predicción del escenario antes de una ejecución</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 ms</source>
        <translation>&quot;%1&quot; a los %2 ms</translation>
    </message>
    <message>
        <source>Clients done; the server is still running (pid %1): press Stop.</source>
        <translation>Los clientes han terminado; el servidor sigue en marcha (pid %1): pulsa Detener.</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; into the server&apos;s console pipe: its wait reports the pipe readable, and any line ends the server&apos;s loop.</source>
        <translation>Se escribió &quot;%1&quot; en la tubería de la consola del servidor: su espera informa de que la tubería se puede leer, y cualquier línea termina el bucle del servidor.</translation>
    </message>
    <message>
        <source>The server no longer reads its console: &quot;%1&quot; was not written.</source>
        <translation>El servidor ya no lee su consola: no se escribió &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>sockscope::ScenarioLibrary</name>
    <message>
        <source>no scenario is named &quot;%1&quot;</source>
        <translation>ningún escenario se llama «%1»</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; ¿querías decir «%1»?</translation>
    </message>
    <message>
        <source> (bundled: %1; or give the path of a .json file)</source>
        <translation> (incluidos: %1; o indica la ruta de un archivo .json)</translation>
    </message>
</context>
<context>
    <name>sockscope::ScenarioPicker</name>
    <message>
        <source>My scenarios</source>
        <translation>Mis escenarios</translation>
    </message>
    <message>
        <source>Scenario files in %1 and the ones you opened</source>
        <translation>Archivos de escenario en %1 y los que ha abierto</translation>
    </message>
    <message>
        <source>This scenario has problems</source>
        <translation>Este escenario tiene problemas</translation>
    </message>
    <message>
        <source>Three clients</source>
        <translation>Tres clientes</translation>
    </message>
    <message>
        <source>concurrency models</source>
        <translation>modelos de concurrencia</translation>
    </message>
    <message>
        <source>Three clients connect at once, each sends one line after 300 ms and reads the reply.</source>
        <translation>Tres clientes se conectan a la vez; cada uno envía una línea tras 300 ms y lee la respuesta.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Qué muestra</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerToolBar</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source> Reap: </source>
        <translation> Recogida: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The parent never calls waitpid(): finished children stay zombies</source>
        <translation>El padre nunca llama a waitpid(): los hijos terminados se quedan como zombis</translation>
    </message>
    <message>
        <source>on-accept</source>
        <translation>on-accept</translation>
    </message>
    <message>
        <source>After each accept() the parent calls waitpid(pid, WNOHANG) for its children</source>
        <translation>Después de cada accept() el padre llama a waitpid(pid, WNOHANG) para sus hijos</translation>
    </message>
    <message>
        <source>sigchld</source>
        <translation>sigchld</translation>
    </message>
    <message>
        <source>A child&apos;s death wakes a reaper at once, as a SIGCHLD handler would</source>
        <translation>La muerte de un hijo despierta enseguida a un recolector, como haría un manejador de SIGCHLD</translation>
    </message>
    <message>
        <source>How the forking server collects its finished children (next run)</source>
        <translation>Cómo recoge el servidor con fork a sus hijos terminados (próxima ejecución)</translation>
    </message>
    <message>
        <source>Scripted line</source>
        <translation>Línea programada</translation>
    </message>
    <message>
        <source>On: the scenario types %1 at the console. Off: nothing is typed but what you type.</source>
        <translation>Activado: el escenario escribe %1 en la consola. Desactivado: solo se escribe lo que escribes tú.</translation>
    </message>
    <message>
        <source>Blocking work (time.sleep)</source>
        <translation>Trabajo bloqueante (time.sleep)</translation>
    </message>
    <message>
        <source>On: the handler works with time.sleep() inside the coroutine, a blocking call that stops the loop thread and so every task. Off: it awaits asyncio.sleep(), and the loop serves the other tasks meanwhile (next run)</source>
        <translation>Activado: el manejador trabaja con time.sleep() dentro de la corrutina, una llamada bloqueante que detiene el hilo del bucle y con él todas las tareas. Desactivado: espera asyncio.sleep() con await, y el bucle atiende mientras a las demás tareas (próxima ejecución)</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketViewSwitch</name>
    <message>
        <source>Who waits</source>
        <translation>Quién espera</translation>
    </message>
    <message>
        <source>What the kernel holds</source>
        <translation>Lo que guarda el kernel</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Lanes of threads, processes and clients: where each one waits</source>
        <translation>Carriles de hilos, procesos y clientes: dónde espera cada uno</translation>
    </message>
    <message>
        <source>One lane per socket: its TCP states and queues, as the kernel&apos;s samples show them</source>
        <translation>Un carril por socket: sus estados TCP y sus colas, como los muestran las muestras del kernel</translation>
    </message>
    <message>
        <source>The lanes of who waits, and below them the sockets&apos; lanes</source>
        <translation>Los carriles de quién espera y, debajo, los carriles de los sockets</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Carriles</translation>
    </message>
    <message>
        <source>Lanes: kernel</source>
        <translation>Carriles: kernel</translation>
    </message>
    <message>
        <source>Lanes: both</source>
        <translation>Carriles: ambos</translation>
    </message>
    <message>
        <source>Lanes: who waits</source>
        <translation>Carriles: quién espera</translation>
    </message>
    <message>
        <source>Switch the lanes: who waits, what the kernel holds, both (K); now: %1</source>
        <translation>Cambiar los carriles: quién espera, lo que guarda el kernel, ambos (K); ahora: %1</translation>
    </message>
</context>
<context>
    <name>sockscope::StateInspector</name>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>new socket</source>
        <translation>socket nuevo</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>En la llamada</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Dirección del cliente</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Who is doing what</source>
        <translation>Quién hace qué</translation>
    </message>
    <message>
        <source>Open sockets, per process</source>
        <translation>Sockets abiertos, por proceso</translation>
    </message>
    <message>
        <source>inherited over fork(); the parent closed its copy</source>
        <translation>heredado por fork(); el padre cerró su copia</translation>
    </message>
    <message>
        <source>inherited over fork()</source>
        <translation>heredado por fork()</translation>
    </message>
    <message>
        <source>%1 (talks to %2)</source>
        <translation>%1 (habla con %2)</translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation>socket de escucha</translation>
    </message>
    <message>
        <source>client connection</source>
        <translation>conexión de cliente</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Threads alive: %1    Child processes: %2 (%3 running, %4 zombies)</source>
        <translation>Hilos vivos: %1    Procesos hijos: %2 (%3 en ejecución, %4 zombis)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 watches %3 (sockets_list) and is waiting now; the wait before reported %4</source>
        <translation>%2 de %1 vigila %3 (sockets_list) y ahora está esperando; la espera anterior informó de %4</translation>
    </message>
    <message>
        <source>%1&apos;s %2 watches %3 (sockets_list); its latest wait reported %4 ready</source>
        <translation>%2 de %1 vigila %3 (sockets_list); su última espera informó de %4 como listos</translation>
    </message>
    <message>
        <source>not a socket the trace shows (the console pipe, a file)</source>
        <translation>no es un socket que muestre la traza (la tubería de la consola, un archivo)</translation>
    </message>
    <message>
        <source>closed after the latest wait began</source>
        <translation>cerrado después de que empezara la última espera</translation>
    </message>
    <message>
        <source>ready in the wait before</source>
        <translation>listo en la espera anterior</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>TCP state</source>
        <translation>Estado TCP</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>En manos de</translation>
    </message>
    <message>
        <source>Sockets in the kernel: none sampled (%1)</source>
        <translation>Sockets en el kernel: ninguno muestreado (%1)</translation>
    </message>
    <message>
        <source>Sockets in the kernel at the cursor: %1 (samples: a state shorter than the sampling period can be missed)</source>
        <translation>Sockets en el kernel en el cursor: %1 (muestras: un estado más corto que el periodo de muestreo puede faltar)</translation>
    </message>
    <message>
        <source>Sockets in the kernel at the cursor: %1, the first %2 listed (the socket lanes show every one; samples: a state shorter than the sampling period can be missed)</source>
        <translation>Sockets en el kernel en el cursor: %1, se listan los primeros %2 (los carriles de sockets los muestran todos; muestras: un estado más corto que el periodo de muestreo puede faltar)</translation>
    </message>
</context>
<context>
    <name>sockscope::StateReplay</name>
    <message>
        <source>await read(fd %1)</source>
        <translation>await read(fd %1)</translation>
    </message>
    <message>
        <source>data or a close from %1; epoll_wait() reports fd %2 when it comes</source>
        <translation>datos o un cierre de %1; epoll_wait() informa del fd %2 cuando llegue</translation>
    </message>
    <message>
        <source>data on fd %1; epoll_wait() reports it when it comes</source>
        <translation>datos en el fd %1; epoll_wait() los notifica cuando lleguen</translation>
    </message>
    <message>
        <source>await drain(fd %1)</source>
        <translation>await drain(fd %1)</translation>
    </message>
    <message>
        <source>await sleep(%1 ms)</source>
        <translation>await sleep(%1 ms)</translation>
    </message>
    <message>
        <source>its timer: the loop resumes it once %1 ms have passed</source>
        <translation>su temporizador: el bucle la reanuda cuando hayan pasado %1 ms</translation>
    </message>
    <message>
        <source>room in fd %1&apos;s send buffer: the client must read its replies</source>
        <translation>espacio en el búfer de envío del fd %1: el cliente tiene que leer sus respuestas</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineExporter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SockScope timeline</source>
        <translation>Línea de tiempo de SockScope</translation>
    </message>
    <message>
        <source>Could not encode the picture for %1.</source>
        <translation>No se pudo codificar la imagen para %1.</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineGuide</name>
    <message>
        <source>How to read the timeline</source>
        <translation>Cómo leer la línea de tiempo</translation>
    </message>
    <message>
        <source>Each lane is one actor: a server thread, a forked child process or a client. The thin line means it exists and is in no recorded call: running its own code, or asleep.</source>
        <translation>Cada carril es un actor: un hilo del servidor, un proceso hijo creado con fork o un cliente. La línea fina significa que existe y no está en ninguna llamada registrada: ejecuta su propio código o duerme.</translation>
    </message>
    <message>
        <source>Blocked in accept(): the server waits for a client to connect.</source>
        <translation>Bloqueado en accept(): el servidor espera a que se conecte un cliente.</translation>
    </message>
    <message>
        <source>Blocked in recv(): waiting for data from the other side. A recv() that returns 0 means the peer closed the connection.</source>
        <translation>Bloqueado en recv(): esperando datos del otro lado. Un recv() que devuelve 0 significa que el otro extremo cerró la conexión.</translation>
    </message>
    <message>
        <source>Blocked in connect(): the client waits for the server&apos;s kernel to complete the handshake (or retries while the backlog is full).</source>
        <translation>Bloqueado en connect(): el cliente espera a que el núcleo del servidor complete el saludo (o reintenta mientras la cola está llena).</translation>
    </message>
    <message>
        <source>Blocked in select(), poll() or epoll_wait(): waiting until any of the watched sockets is ready.</source>
        <translation>Bloqueado en select(), poll() o epoll_wait(): esperando a que cualquiera de los sockets vigilados esté listo.</translation>
    </message>
    <message>
        <source>Blocked in send(): the socket&apos;s send buffer is full.</source>
        <translation>Bloqueado en send(): el búfer de envío del socket está lleno.</translation>
    </message>
    <message>
        <source>Blocked in recvfrom(): a UDP socket waits for a datagram.</source>
        <translation>Bloqueado en recvfrom(): un socket UDP espera un datagrama.</translation>
    </message>
    <message>
        <source>Wake-up: a client&apos;s connect() or send() that made a blocked server call return.</source>
        <translation>Despertar: el connect() o send() de un cliente que hizo volver una llamada bloqueada del servidor.</translation>
    </message>
    <message>
        <source>A new thread was created, or a child process was forked.</source>
        <translation>Se creó un hilo nuevo, o se creó un proceso hijo con fork.</translation>
    </message>
    <message>
        <source>Zombie: the child process has exited but its parent has not collected it with waitpid() yet. It still occupies an entry in the process table.</source>
        <translation>Zombi: el proceso hijo terminó, pero su padre todavía no lo ha recogido con waitpid(). Sigue ocupando una entrada en la tabla de procesos.</translation>
    </message>
    <message>
        <source>Readiness cells under a select/poll/epoll lane: one cell per watched descriptor; green ones were reported ready when the call returned.</source>
        <translation>Celdas de disponibilidad bajo un carril de select/poll/epoll: una celda por descriptor vigilado; las verdes se informaron como listas cuando volvió la llamada.</translation>
    </message>
    <message>
        <source>The cursor: the event you stepped to. Every view shows the state at this moment.</source>
        <translation>El cursor: el evento al que avanzaste. Todas las vistas muestran el estado en ese momento.</translation>
    </message>
    <message>
        <source>Time runs from left to right. Hover anything for details; step with ← and → to move the cursor from one system call to the next.</source>
        <translation>El tiempo avanza de izquierda a derecha. Pasa el ratón por encima de cualquier cosa para ver detalles; avanza con ← y → para mover el cursor de una llamada al sistema a la siguiente.</translation>
    </message>
    <message>
        <source>An instant call that did not block: socket, bind, listen, accept that returned at once, …</source>
        <translation>Una llamada instantánea que no se bloqueó: socket, bind, listen, un accept que volvió enseguida, …</translation>
    </message>
    <message>
        <source>send() or sendto(): bytes handed to the kernel.</source>
        <translation>send() o sendto(): bytes entregados al núcleo.</translation>
    </message>
    <message>
        <source>close(), shutdown() or an exit: something ends here.</source>
        <translation>close(), shutdown() o una salida: aquí termina algo.</translation>
    </message>
    <message>
        <source>Would block: a non-blocking call returned EAGAIN instead of waiting.</source>
        <translation>Se bloquearía: una llamada no bloqueante devolvió EAGAIN en lugar de esperar.</translation>
    </message>
    <message>
        <source>A call failed (a red cross, also at the end of a bar when a blocked call failed); hover it to see the error.</source>
        <translation>Una llamada falló (una cruz roja, también al final de una barra cuando falló una llamada bloqueada); pasa el ratón por encima para ver el error.</translation>
    </message>
    <message>
        <source>Stopped by you: the call returned because the run was stopped, not because of a client.</source>
        <translation>Detenida por ti: la llamada volvió porque se detuvo la ejecución, no por un cliente.</translation>
    </message>
    <message>
        <source>Several calls too close together to tell apart at this zoom; zoom in to see them one by one.</source>
        <translation>Varias llamadas demasiado juntas para distinguirlas con este zoom; amplía para verlas una a una.</translation>
    </message>
    <message>
        <source>A squeezed idle stretch (press G to squeeze them): nothing happened for a while. Its real length is written on the time axis.</source>
        <translation>Un tramo inactivo comprimido (pulsa G para comprimirlos): durante un rato no pasó nada. Su duración real está escrita en el eje de tiempo.</translation>
    </message>
    <message>
        <source>A task lane (asyncio), nested under the loop thread that runs it: a task is a coroutine, not a thread. A dashed, see-through span such as &quot;awaiting read on fd 9&quot; is a task suspended at an await: no thread waits for it, only an entry in epoll&apos;s interest list.</source>
        <translation>Una pista de tarea (asyncio), anidada bajo el hilo del bucle que la ejecuta: una tarea es una corrutina, no un hilo. Un tramo discontinuo y translúcido como &quot;esperando lectura en el fd 9&quot; es una tarea suspendida en un await: ningún hilo la espera, solo una entrada en la lista de interés de epoll.</translation>
    </message>
    <message>
        <source>A task suspended on a timer of the loop (&quot;sleeping 400 ms&quot;: await asyncio.sleep()). The loop thread serves the other tasks meanwhile.</source>
        <translation>Una tarea suspendida en un temporizador del bucle (&quot;durmiendo 400 ms&quot;: await asyncio.sleep()). El hilo del bucle atiende mientras a las demás tareas.</translation>
    </message>
    <message>
        <source>A task running: a short solid slice while the loop thread resumed it. The same stretch on the loop thread&apos;s lane shows the calls the task made.</source>
        <translation>Una tarea en ejecución: un tramo corto y sólido mientras el hilo del bucle la reanudó. El mismo tramo en la pista del hilo del bucle muestra las llamadas que hizo la tarea.</translation>
    </message>
    <message>
        <source>Resumed: a dotted arrow from the loop thread&apos;s epoll_wait() that reported the task&apos;s descriptor ready (or after which its timer was due) to the task the loop resumed.</source>
        <translation>Reanudada: una flecha punteada desde el epoll_wait() del hilo del bucle que informó de que el descriptor de la tarea estaba listo (o tras el cual venció su temporizador) hasta la tarea que el bucle reanudó.</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelinePalette</name>
    <message>
        <source>waits in accept()</source>
        <translation>espera en accept()</translation>
    </message>
    <message>
        <source>waits in recv()</source>
        <translation>espera en recv()</translation>
    </message>
    <message>
        <source>waits in select/poll/epoll</source>
        <translation>espera en select/poll/epoll</translation>
    </message>
    <message>
        <source>waits in connect()</source>
        <translation>espera en connect()</translation>
    </message>
    <message>
        <source>send() blocked</source>
        <translation>send() bloqueado</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombi</translation>
    </message>
    <message>
        <source>socket ready</source>
        <translation>socket listo</translation>
    </message>
    <message>
        <source>woke it up</source>
        <translation>lo despertó</translation>
    </message>
    <message>
        <source>thread / fork</source>
        <translation>hilo / fork</translation>
    </message>
    <message>
        <source>instant call</source>
        <translation>llamada instantánea</translation>
    </message>
    <message>
        <source>waits in recvfrom()</source>
        <translation>espera en recvfrom()</translation>
    </message>
    <message>
        <source>would block (EAGAIN)</source>
        <translation>se bloquearía (EAGAIN)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>detenida por ti</translation>
    </message>
    <message>
        <source>task awaits</source>
        <translation>tarea en await</translation>
    </message>
    <message>
        <source>task runs</source>
        <translation>tarea en ejecución</translation>
    </message>
    <message>
        <source>task resumed</source>
        <translation>tarea reanudada</translation>
    </message>
    <message>
        <source>queue level</source>
        <translation>nivel de la cola</translation>
    </message>
    <message>
        <source>dropped (queue full)</source>
        <translation>descartada (cola llena)</translation>
    </message>
    <message>
        <source>kernel samples: brief states can be missed</source>
        <translation>muestras del kernel: pueden faltar estados breves</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 — pid %2</source>
        <translation>%1 — pid %2</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombi</translation>
    </message>
    <message>
        <source>zombie: exited, not yet reaped</source>
        <translation>zombi: terminado, aún no recogido</translation>
    </message>
    <message>
        <source>socket → %1</source>
        <translation>socket → %1</translation>
    </message>
    <message>
        <source>bind %1</source>
        <translation>bind %1</translation>
    </message>
    <message>
        <source>listen(fd %1)</source>
        <translation>listen(fd %1)</translation>
    </message>
    <message>
        <source>close(fd %1)</source>
        <translation>close(fd %1)</translation>
    </message>
    <message>
        <source>shutdown(fd %1)</source>
        <translation>shutdown(fd %1)</translation>
    </message>
    <message>
        <source>send %1 B</source>
        <translation>send %1 B</translation>
    </message>
    <message>
        <source>EAGAIN</source>
        <translation>EAGAIN</translation>
    </message>
    <message>
        <source>spawn</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>fork → %1</source>
        <translation>fork → %1</translation>
    </message>
    <message>
        <source>exit(%1)</source>
        <translation>exit(%1)</translation>
    </message>
    <message>
        <source>reap %1</source>
        <translation>recoger %1</translation>
    </message>
    <message>
        <source>epoll_ctl %1</source>
        <translation>epoll_ctl %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>≈ %1 idle</source>
        <translation>≈ %1 sin actividad</translation>
    </message>
    <message>
        <source>LIVE — following</source>
        <translation>EN VIVO — siguiendo</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN VIVO</translation>
    </message>
    <message>
        <source>time →</source>
        <translation>tiempo →</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>blocked for %1 so far</source>
        <translation>bloqueado desde hace %1</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>bloqueado durante %1</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 hilos</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 hijos</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>at most %1 of %2 waiting at once</source>
        <translation>como mucho %1 de %2 esperando a la vez</translation>
    </message>
    <message>
        <source>  ▾ click here to fold them into one row</source>
        <translation>  ▾ haz clic aquí para plegarlos en una fila</translation>
    </message>
    <message>
        <source>▸ click to show each</source>
        <translation>▸ haz clic para ver cada uno</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tareas</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>tarea nueva</translation>
    </message>
    <message>
        <source>task done</source>
        <translation>tarea terminada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>accept queue %1 of %2</source>
        <translation>cola de accept %1 de %2</translation>
    </message>
    <message>
        <source>accept queue %1</source>
        <translation>cola de accept %1</translation>
    </message>
    <message>
        <source>%1 B unread</source>
        <translation>%1 B sin leer</translation>
    </message>
    <message>
        <source>%1 B unsent</source>
        <translation>%1 B sin enviar</translation>
    </message>
    <message>
        <source>+%1 dropped</source>
        <translation>+%1 descartadas</translation>
    </message>
    <message>
        <source>No socket lanes: %1.</source>
        <translation>No hay carriles de sockets: %1.</translation>
    </message>
    <message>
        <source>Sockets — what the kernel holds, sampled: a state shorter than the sampling period can be missed</source>
        <translation>Sockets — lo que guarda el kernel, muestreado: un estado más corto que el periodo de muestreo puede faltar</translation>
    </message>
    <message>
        <source>Sockets — what the kernel holds (sampled)</source>
        <translation>Sockets — lo que guarda el kernel (muestreado)</translation>
    </message>
    <message>
        <source>still TIME_WAIT at the last sample: the kernel keeps it about a minute</source>
        <translation>aún en TIME_WAIT en la última muestra: el kernel lo guarda un minuto</translation>
    </message>
    <message>
        <source>still %1 at the last sample</source>
        <translation>aún en %1 en la última muestra</translation>
    </message>
    <message>
        <source>The cursor is at %1, out of view: click to bring it into view.</source>
        <translation>El cursor está en %1, fuera de la vista: un clic lo trae a la vista.</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceFile</name>
    <message>
        <source>a trace file</source>
        <translation>un archivo de traza</translation>
    </message>
</context>
<context>
    <name>sockscope::WatchController</name>
    <message>
        <source>&amp;Watch a program…</source>
        <translation>&amp;Observar un programa…</translation>
    </message>
    <message>
        <source>Run a program of your own (a Python or C server) and draw it like a model</source>
        <translation>Ejecutar un programa propio (un servidor en Python o C) y dibujarlo como un modelo</translation>
    </message>
    <message>
        <source>The line was not written: the program does not read its input now, or has closed it.</source>
        <translation>La línea no se escribió: el programa no lee su entrada ahora, o la ha cerrado.</translation>
    </message>
    <message>
        <source>%1: its output and error; type a line for its input below</source>
        <translation>%1: su salida y sus errores; escriba abajo una línea para su entrada</translation>
    </message>
    <message>
        <source>The program did not start: %1</source>
        <translation>El programa no arrancó: %1</translation>
    </message>
    <message>
        <source>Watching %1 (pid %2); Stop ends it and everything it forked.</source>
        <translation>Observando %1 (pid %2); Detener lo termina a él y todo lo que bifurcó.</translation>
    </message>
    <message>
        <source>%1 Step with ← and →, or press Space to replay.</source>
        <translation>%1 Avance con ← y →, o pulse Espacio para reproducir.</translation>
    </message>
</context>
<context>
    <name>sockscope::WatchDialog</name>
    <message>
        <source>Watch a program</source>
        <translation>Observar un programa</translation>
    </message>
    <message>
        <source>python3, ./server, /usr/bin/…</source>
        <translation>python3, ./server, /usr/bin/…</translation>
    </message>
    <message>
        <source>server.py 5000</source>
        <translation>server.py 5000</translation>
    </message>
    <message>
        <source>Split at spaces; quotes keep spaces in one argument. No shell runs: no variables, globs or pipes.</source>
        <translation>Separados por espacios; las comillas mantienen espacios en un argumento. No se ejecuta ninguna shell: ni variables, ni comodines, ni tuberías.</translation>
    </message>
    <message>
        <source>(SockScope&apos;s own)</source>
        <translation>(el de SockScope)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>(none: connect your own clients)</source>
        <translation>(ninguno: conecte sus propios clientes)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The port your program listens on: the scenario&apos;s clients connect to it once it listens</source>
        <translation>El puerto en el que escucha su programa: los clientes del escenario se conectan en cuanto escucha</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Observar</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Directorio de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Scenario&apos;s clients:</source>
        <translation>&amp;Clientes del escenario:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Program to watch</source>
        <translation>Programa a observar</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Directorio de trabajo</translation>
    </message>
    <message>
        <source>Name the program to watch.</source>
        <translation>Indique el programa a observar.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 no es un directorio.</translation>
    </message>
    <message>
        <source>The scenario&apos;s clients need the port your program listens on.</source>
        <translation>Los clientes del escenario necesitan el puerto en el que escucha su programa.</translation>
    </message>
    <message>
        <source>Runs %1 (an argument vector: no shell).</source>
        <translation>Ejecuta %1 (un vector de argumentos: sin shell).</translation>
    </message>
</context>
<context>
    <name>sockscope::eventtext</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>errno %1 (%2)</source>
        <translation>errno %1 (%2)</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>actor %1</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>cola %1</translation>
    </message>
    <message>
        <source>fd %1 from %2</source>
        <translation>fd %1 desde %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>conectado como %1</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>el otro extremo cerró</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>%n byte de %1</numerusform>
            <numerusform>%n bytes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>watch %1</source>
        <translation>vigila %1</translation>
    </message>
    <message>
        <source>watch %1, timeout %2 ms</source>
        <translation>vigila %1, tiempo de espera %2 ms</translation>
    </message>
    <message>
        <source>nothing ready (timeout)</source>
        <translation>nada listo (tiempo agotado)</translation>
    </message>
    <message>
        <source>ready %1</source>
        <translation>listo %1</translation>
    </message>
    <message>
        <source>, writable %1</source>
        <translation>, escribible %1</translation>
    </message>
    <message>
        <source>child pid %1: %2</source>
        <translation>hijo pid %1: %2</translation>
    </message>
    <message>
        <source>new thread: %1</source>
        <translation>hilo nuevo: %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>terminado por la señal %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>collected pid %1 (%2)</source>
        <translation>pid %1 recogido (%2)</translation>
    </message>
    <message>
        <source>  fd %1</source>
        <translation>  fd %1</translation>
    </message>
    <message>
        <source>data: &quot;%1&quot;</source>
        <translation>datos: «%1»</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Recurso no disponible temporalmente</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>La dirección ya está en uso</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>No se puede asignar la dirección solicitada</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Conexión reiniciada por el otro extremo</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>El software provocó el aborto de la conexión</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Operación en curso</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Tubería rota</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Demasiados archivos abiertos en el sistema</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argumento no válido</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Descriptor de archivo erróneo</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Llamada al sistema interrumpida</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>El otro extremo de la conexión no está conectado</translation>
    </message>
    <message>
        <source>No child processes</source>
        <translation>No hay ningún proceso hijo</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Operación de socket en algo que no es un socket</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>No hay ninguna ruta hasta el «host»</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>La red es inaccesible</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>No hay espacio de búfer disponible</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>No se puede asignar memoria</translation>
    </message>
    <message>
        <source>collected pid %1 (as the run stopped)</source>
        <translation>pid %1 recogido (al detenerse la ejecución)</translation>
    </message>
    <message>
        <source>stopped by the run (the kernel said %1)</source>
        <translation>detenido por la ejecución (el núcleo informó de %1)</translation>
    </message>
    <message>
        <source>stopped by the run</source>
        <translation>detenido por la ejecución</translation>
    </message>
    <message>
        <source>fd %1 of pid %2</source>
        <translation>fd %1 del pid %2</translation>
    </message>
    <message>
        <source>last held by fd %1 of pid %2</source>
        <translation>antes en manos del fd %1 del pid %2</translation>
    </message>
    <message>
        <source>held by no descriptor of the run&apos;s processes</source>
        <translation>sin descriptor en los procesos de la ejecución</translation>
    </message>
    <message>
        <source>listening: the kernel finishes handshakes for it</source>
        <translation>escucha: el kernel completa los handshakes por él</translation>
    </message>
    <message>
        <source>its SYN is sent, the handshake is not finished</source>
        <translation>su SYN está enviado, el handshake no ha terminado</translation>
    </message>
    <message>
        <source>a SYN arrived, the handshake is not finished</source>
        <translation>llegó un SYN, el handshake no ha terminado</translation>
    </message>
    <message>
        <source>this end has closed, the peer has not yet</source>
        <translation>este extremo ha cerrado, el otro todavía no</translation>
    </message>
    <message>
        <source>the peer has closed, this end has not</source>
        <translation>el otro extremo ha cerrado, este no</translation>
    </message>
    <message>
        <source>both ends have closed, the last acknowledgement is awaited</source>
        <translation>ambos extremos han cerrado, se espera la última confirmación</translation>
    </message>
    <message>
        <source>both ends closed at the same time</source>
        <translation>ambos extremos cerraron a la vez</translation>
    </message>
    <message>
        <source>this end closed first: the kernel keeps the connection&apos;s addresses for a while</source>
        <translation>este extremo cerró primero: el kernel guarda las direcciones de la conexión un tiempo</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>the kernel no longer has this socket</source>
        <translation>el kernel ya no tiene este socket</translation>
    </message>
    <message>
        <source>%1 (sampled): %2; %3, %4</source>
        <translation>%1 (muestra): %2; %3, %4</translation>
    </message>
    <message>
        <source> (backlog %1 + 1)</source>
        <translation> (backlog %1 + 1)</translation>
    </message>
    <message>
        <source>%1 (sampled); %2, %3</source>
        <translation>%1 (muestra); %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the accept queue</source>
        <translation>
            <numerusform>%n conexión espera en la cola de accept</numerusform>
            <numerusform>%n conexiones esperan en la cola de accept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n connection request(s) dropped since listen()</source>
        <translation>
            <numerusform>; %n solicitud de conexión descartada desde listen()</numerusform>
            <numerusform>; %n solicitudes de conexión descartadas desde listen()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread byte(s) in the receive queue</source>
        <translation>
            <numerusform>%n byte sin leer en la cola de recepción</numerusform>
            <numerusform>%n bytes sin leer en la cola de recepción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n byte(s) not yet acknowledged in the send queue</source>
        <translation>
            <numerusform>, %n byte aún sin confirmar en la cola de envío</numerusform>
            <numerusform>, %n bytes aún sin confirmar en la cola de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>returned: the client closed</source>
        <translation>volvió: el cliente cerró</translation>
    </message>
    <message>
        <source>returned: the client quit</source>
        <translation>volvió: el cliente terminó</translation>
    </message>
    <message>
        <source>returned: the connection failed</source>
        <translation>volvió: la conexión falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>new task: %1</source>
        <translation>tarea nueva: %1</translation>
    </message>
    <message>
        <source>awaits data on fd %1</source>
        <translation>espera datos en el fd %1</translation>
    </message>
    <message>
        <source>awaits room to write on fd %1</source>
        <translation>espera espacio para escribir en el fd %1</translation>
    </message>
    <message>
        <source>sleeps %1 ms (a timer of the loop)</source>
        <translation>duerme %1 ms (un temporizador del bucle)</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>resumed: fd %1 has data</source>
        <translation>reanudada: el fd %1 tiene datos</translation>
    </message>
    <message>
        <source>resumed: fd %1 has room</source>
        <translation>reanudada: el fd %1 tiene espacio</translation>
    </message>
    <message>
        <source>resumed: its sleep is over</source>
        <translation>reanudada: su sueño terminó</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reanudada</translation>
    </message>
</context>
<context>
    <name>sockscope::loader::Validator</name>
    <message>
        <source>a time in milliseconds, 0 or more</source>
        <translation>un tiempo en milisegundos, 0 o más</translation>
    </message>
    <message>
        <source>a delay cannot be negative: time only runs forward</source>
        <translation>un retardo no puede ser negativo: el tiempo solo avanza</translation>
    </message>
</context>
</TS>
