<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Scenario</name>
    <message>
        <source>The accept queue fills up</source>
        <extracomment>accept-queue: title</extracomment>
        <translation>La cola de accept se llena</translation>
    </message>
    <message>
        <source>connections</source>
        <extracomment>accept-queue: topic; backlog-full: topic; close-wait-leak: topic; disconnect: topic</extracomment>
        <translation>conexiones</translation>
    </message>
    <message>
        <source>The kernel completes a TCP handshake on its own, whether or not the server is in accept(): the finished connection waits in the listening socket's accept queue until accept() takes it. Here a sequential server with a backlog of 1 sleeps 800 ms after listen() before it first calls accept(). Clients 1 and 2 connect at once and their connect() returns although nobody has accepted them: the queue now holds backlog + 1 = 2 connections, which is all Linux queues. Clients 3, 4 and 5 find it full: the kernel drops their connection requests (SYN) without an answer, counts each drop, and their own kernel sends the request again after 1 s, then 3 s. The socket lanes show the queue's level as the kernel reported it in its samples.</source>
        <extracomment>accept-queue: description</extracomment>
        <translation>El kernel completa un handshake TCP por su cuenta, esté o no el servidor en accept(): la conexión terminada espera en la cola de accept del socket que escucha hasta que accept() la toma. Aquí un servidor secuencial con un backlog de 1 duerme 800 ms después de listen() antes de llamar a accept() por primera vez. Los clientes 1 y 2 se conectan enseguida y su connect() vuelve aunque nadie los ha aceptado: la cola contiene ahora backlog + 1 = 2 conexiones, todo lo que Linux encola. Los clientes 3, 4 y 5 la encuentran llena: el kernel descarta sus peticiones de conexión (SYN) sin responder, cuenta cada descarte, y su propio kernel vuelve a enviar la petición tras 1 s y luego tras 3 s. Los carriles de sockets muestran el nivel de la cola tal como el kernel lo informó en sus muestras.</translation>
    </message>
    <message>
        <source>Listening, not accepting</source>
        <extracomment>accept-queue: chapters[0].title</extracomment>
        <translation>Escuchando, sin aceptar</translation>
    </message>
    <message>
        <source>The server called listen() with a backlog of 1 and now sleeps before its first accept(). The kernel answers handshakes on the listening socket anyway.</source>
        <extracomment>accept-queue: chapters[0].text</extracomment>
        <translation>El servidor llamó a listen() con un backlog de 1 y ahora duerme antes de su primer accept(). El kernel responde igualmente a los handshakes en el socket que escucha.</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>accept-queue: chapters[1].title; backlog-full: chapters[0].title</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Client 2's connect() has returned: its handshake is complete and the connection waits in the accept queue, next to client 1's. Nobody has called accept() yet. The kernel's samples show the queue at 2 of backlog 1 + 1.</source>
        <extracomment>accept-queue: chapters[1].text</extracomment>
        <translation>El connect() del cliente 2 ha vuelto: su handshake está completo y la conexión espera en la cola de accept, junto a la del cliente 1. Nadie ha llamado todavía a accept(). Las muestras del kernel muestran la cola en 2 de backlog 1 + 1.</translation>
    </message>
    <message>
        <source>Full: the SYN is dropped</source>
        <extracomment>accept-queue: chapters[2].title</extracomment>
        <translation>Llena: el SYN se descarta</translation>
    </message>
    <message>
        <source>The accept queue is full. Linux drops client 3's connection request without answering and counts it as a listen drop; client 3's connect() keeps waiting while its kernel prepares to send the request again.</source>
        <extracomment>accept-queue: chapters[2].text</extracomment>
        <translation>La cola de accept está llena. Linux descarta la petición de conexión del cliente 3 sin responder y la cuenta como un descarte de listen; el connect() del cliente 3 sigue esperando mientras su kernel se prepara para enviar la petición otra vez.</translation>
    </message>
    <message>
        <source>accept() takes from the queue</source>
        <extracomment>accept-queue: chapters[3].title</extracomment>
        <translation>accept() toma de la cola</translation>
    </message>
    <message>
        <source>The server woke up and called accept(): it returned at once with client 1's connection, which had waited in the queue. Each accept() makes room for one retried request.</source>
        <extracomment>accept-queue: chapters[3].text</extracomment>
        <translation>El servidor se despertó y llamó a accept(): volvió enseguida con la conexión del cliente 1, que había esperado en la cola. Cada accept() deja sitio para una petición reintentada.</translation>
    </message>
    <message>
        <source>The server sleeps 800 ms before its first accept(), with a backlog of 1. How many of the five clients' connect() calls have returned when it wakes up?</source>
        <extracomment>accept-queue: predict[0].question</extracomment>
        <translation>El servidor duerme 800 ms antes de su primer accept(), con un backlog de 1. ¿Cuántas llamadas connect() de los cinco clientes han vuelto cuando se despierta?</translation>
    </message>
    <message>
        <source>None: connect() waits for accept()</source>
        <extracomment>accept-queue: predict[0].choices[0]</extracomment>
        <translation>Ninguna: connect() espera a accept()</translation>
    </message>
    <message>
        <source>Two: backlog + 1 connections wait in the queue</source>
        <extracomment>accept-queue: predict[0].choices[1]</extracomment>
        <translation>Dos: backlog + 1 conexiones esperan en la cola</translation>
    </message>
    <message>
        <source>All five</source>
        <extracomment>accept-queue: predict[0].choices[2]</extracomment>
        <translation>Las cinco</translation>
    </message>
    <message>
        <source>connect() returns when the handshake is complete, and the kernel completes it without the server. Linux queues backlog + 1 finished connections; the requests of the others are dropped and sent again later.</source>
        <extracomment>accept-queue: predict[0].explanation</extracomment>
        <translation>connect() vuelve cuando el handshake está completo, y el kernel lo completa sin el servidor. Linux encola backlog + 1 conexiones terminadas; las peticiones de los demás se descartan y se envían de nuevo más tarde.</translation>
    </message>
    <message>
        <source>What happens to client 3's connection request while the queue is full?</source>
        <extracomment>accept-queue: predict[1].question</extracomment>
        <translation>¿Qué pasa con la petición de conexión del cliente 3 mientras la cola está llena?</translation>
    </message>
    <message>
        <source>The kernel refuses it (ECONNREFUSED)</source>
        <extracomment>accept-queue: predict[1].choices[0]</extracomment>
        <translation>El kernel la rechaza (ECONNREFUSED)</translation>
    </message>
    <message>
        <source>The kernel drops it; client 3 sends it again later</source>
        <extracomment>accept-queue: predict[1].choices[1]</extracomment>
        <translation>El kernel la descarta; el cliente 3 la envía de nuevo más tarde</translation>
    </message>
    <message>
        <source>It waits in a second queue</source>
        <extracomment>accept-queue: predict[1].choices[2]</extracomment>
        <translation>Espera en una segunda cola</translation>
    </message>
    <message>
        <source>Linux drops a SYN that finds the accept queue full and counts it (ListenDrops). The client retransmits after 1 s, 3 s, 7 s..., so its connect() just takes longer.</source>
        <extracomment>accept-queue: predict[1].explanation</extracomment>
        <translation>Linux descarta un SYN que encuentra llena la cola de accept y lo cuenta (ListenDrops). El cliente lo retransmite tras 1 s, 3 s, 7 s..., así que su connect() solo tarda más.</translation>
    </message>
    <message>
        <source>asyncio: one blocking call stalls everyone</source>
        <extracomment>asyncio-blocking-call: title</extracomment>
        <translation>asyncio: una llamada bloqueante detiene a todos</translation>
    </message>
    <message>
        <source>asyncio</source>
        <extracomment>asyncio-blocking-call: topic; asyncio-echo: topic</extracomment>
        <translation>asyncio</translation>
    </message>
    <message>
        <source>The classic asyncio mistake, and its fix, side by side. Under asyncio the handler works on each request with time.sleep(1) instead of await asyncio.sleep(1); the variant asyncio-await runs the same clients with the sleep awaited. Client 1 sends a request; client 2 arrives a moment later with a quick question. A coroutine only gives the thread back at an await, and time.sleep() is none: the loop thread itself sleeps, epoll_wait() is not called, and client 2 is not even accepted until task 1's second is over. With await asyncio.sleep(1) task 1 is suspended on a timer of the loop, and the loop accepts client 2 at once. Compare asyncio and asyncio-await (sockscope-cli compare --models asyncio,asyncio-await, or tick both in the compare window), and with threaded, where the blocking sleep holds up only one worker thread, and epoll, where it stalls the loop just the same.</source>
        <extracomment>asyncio-blocking-call: description</extracomment>
        <translation>El error clásico de asyncio y su arreglo, uno al lado del otro. Con asyncio el manejador trabaja cada petición con time.sleep(1) en vez de await asyncio.sleep(1); la variante asyncio-await ejecuta los mismos clientes con el sueño esperado con await. El cliente 1 envía una petición; el cliente 2 llega un momento después con una pregunta rápida. Una corrutina solo devuelve el hilo en un await, y time.sleep() no lo es: el propio hilo del bucle duerme, no se llama a epoll_wait() y el cliente 2 ni siquiera se acepta hasta que termina el segundo de la tarea 1. Con await asyncio.sleep(1) la tarea 1 queda suspendida en un temporizador del bucle, y el bucle acepta al cliente 2 enseguida. Compare asyncio y asyncio-await (sockscope-cli compare --models asyncio,asyncio-await, o marque ambos en la ventana de comparación), y con threaded, donde el sueño bloqueante solo retiene un hilo trabajador, y epoll, donde detiene el bucle igual.</translation>
    </message>
    <message>
        <source>Task 1</source>
        <extracomment>asyncio-blocking-call: chapters[0].title; asyncio-blocking-call: chapters[1].title</extracomment>
        <translation>Tarea 1</translation>
    </message>
    <message>
        <source>Client 1 is in, and the loop made task 1 for it. Its handler calls time.sleep(1) for each request: a blocking call, not an await.</source>
        <extracomment>asyncio-blocking-call: chapters[0].text</extracomment>
        <translation>El cliente 1 está dentro, y el bucle creó la tarea 1 para él. Su manejador llama a time.sleep(1) en cada petición: una llamada bloqueante, no un await.</translation>
    </message>
    <message>
        <source>Client 1 is in, and the loop made task 1 for it. In this run the handler awaits asyncio.sleep(1) for each request: the coroutine will suspend while it works.</source>
        <extracomment>asyncio-blocking-call: chapters[1].text</extracomment>
        <translation>El cliente 1 ha entrado y el bucle creó la tarea 1 para él. En esta ejecución el manejador espera con await asyncio.sleep(1) en cada petición: la corrutina se suspenderá mientras trabaja.</translation>
    </message>
    <message>
        <source>The classic mistake</source>
        <extracomment>asyncio-blocking-call: chapters[2].title</extracomment>
        <translation>El error clásico</translation>
    </message>
    <message>
        <source>Task 1 has its request and calls time.sleep(1). That is no await: the coroutine does not suspend, so the loop thread itself sleeps. No epoll_wait(), no other task, for a whole second: watch the main thread's lane stay empty while task 1's lane shows it running.</source>
        <extracomment>asyncio-blocking-call: chapters[2].text</extracomment>
        <translation>La tarea 1 tiene su petición y llama a time.sleep(1). Eso no es un await: la corrutina no se suspende, así que el propio hilo del bucle duerme. Ni epoll_wait() ni otra tarea durante un segundo entero: mira cómo la línea del hilo principal queda vacía mientras la de la tarea 1 la muestra ejecutándose.</translation>
    </message>
    <message>
        <source>await asyncio.sleep(1)</source>
        <extracomment>asyncio-blocking-call: chapters[3].title</extracomment>
        <translation>await asyncio.sleep(1)</translation>
    </message>
    <message>
        <source>Task 1 has its request and awaits asyncio.sleep(1): it is suspended on a timer of the loop, and the loop thread goes back to epoll_wait(), with a timeout no later than the timer.</source>
        <extracomment>asyncio-blocking-call: chapters[3].text</extracomment>
        <translation>La tarea 1 tiene su petición y espera con await asyncio.sleep(1): queda suspendida en un temporizador del bucle, y el hilo del bucle vuelve a epoll_wait(), con un tiempo de espera no posterior al temporizador.</translation>
    </message>
    <message>
        <source>The same mistake in C</source>
        <extracomment>asyncio-blocking-call: chapters[4].title</extracomment>
        <translation>El mismo error en C</translation>
    </message>
    <message>
        <source>The handler sleeps a second in the loop thread. While it does, nobody else is served: the loop is not back in epoll_wait().</source>
        <extracomment>asyncio-blocking-call: chapters[4].text</extracomment>
        <translation>El manejador duerme un segundo en el hilo del bucle. Mientras tanto no se atiende a nadie más: el bucle no ha vuelto a epoll_wait().</translation>
    </message>
    <message>
        <source>A worker sleeps</source>
        <extracomment>asyncio-blocking-call: chapters[5].title</extracomment>
        <translation>Un trabajador duerme</translation>
    </message>
    <message>
        <source>Worker 1 sleeps a second on client 1's request. Only that thread sleeps: the main thread is back in accept().</source>
        <extracomment>asyncio-blocking-call: chapters[5].text</extracomment>
        <translation>El trabajador 1 duerme un segundo con la petición del cliente 1. Solo ese hilo duerme: el hilo principal ha vuelto a accept().</translation>
    </message>
    <message>
        <source>Client 2 knocks</source>
        <extracomment>asyncio-blocking-call: chapters[6].title; one-slow-client: chapters[5].title</extracomment>
        <translation>El cliente 2 llama a la puerta</translation>
    </message>
    <message>
        <source>Client 2's connect() has returned: the kernel finished the handshake and queued the connection. Is any part of the server able to accept it now?</source>
        <extracomment>asyncio-blocking-call: chapters[6].text</extracomment>
        <translation>El connect() del cliente 2 ha vuelto: el núcleo terminó el saludo y encoló la conexión. ¿Puede alguna parte del servidor aceptarla ahora?</translation>
    </message>
    <message>
        <source>Only now</source>
        <extracomment>asyncio-blocking-call: chapters[7].title; asyncio-blocking-call: chapters[8].title</extracomment>
        <translation>Solo ahora</translation>
    </message>
    <message>
        <source>Only now is client 2 accepted: the one thread was asleep inside the handler's work. A blocking call in an event loop stalls every client. In asyncio the fix is to await: await asyncio.sleep(1) would suspend only task 1, and the loop would accept client 2 at once (compare the variant asyncio-await).</source>
        <extracomment>asyncio-blocking-call: chapters[7].text</extracomment>
        <translation>Solo ahora se acepta al cliente 2: el único hilo dormía dentro del trabajo del manejador. Una llamada bloqueante en un bucle de eventos detiene a todos los clientes. En asyncio la solución es await: await asyncio.sleep(1) suspendería solo la tarea 1, y el bucle aceptaría al cliente 2 enseguida (compara la variante asyncio-await).</translation>
    </message>
    <message>
        <source>Only now is client 2 accepted: the one thread was asleep inside the handler's work. A blocking call in an event loop stalls every client.</source>
        <extracomment>asyncio-blocking-call: chapters[8].text</extracomment>
        <translation>Solo ahora se acepta al cliente 2: el único hilo dormía dentro del trabajo del manejador. Una llamada bloqueante en un bucle de eventos detiene a todos los clientes.</translation>
    </message>
    <message>
        <source>Accepted at once</source>
        <extracomment>asyncio-blocking-call: chapters[9].title; asyncio-blocking-call: chapters[10].title</extracomment>
        <translation>Aceptado enseguida</translation>
    </message>
    <message>
        <source>Client 2 is accepted while worker 1 still sleeps: a blocking call holds up only the thread that makes it.</source>
        <extracomment>asyncio-blocking-call: chapters[9].text</extracomment>
        <translation>El cliente 2 es aceptado mientras el trabajador 1 todavía duerme: una llamada bloqueante solo retiene al hilo que la hace.</translation>
    </message>
    <message>
        <source>Client 2 is accepted while task 1 still sleeps: its sleep is awaited, so the loop thread was back in epoll_wait(), which reported the listening socket. The loop makes task 2 for client 2 while task 1 still waits on its timer. Compare the run with blocking work: there client 2 waited until task 1's second was over.</source>
        <extracomment>asyncio-blocking-call: chapters[10].text</extracomment>
        <translation>El cliente 2 se acepta mientras la tarea 1 aún duerme: su sueño se espera con await, así que el hilo del bucle había vuelto a epoll_wait(), que informó del socket de escucha. El bucle crea la tarea 2 para el cliente 2 mientras la tarea 1 sigue esperando su temporizador. Compare con la ejecución con trabajo bloqueante: allí el cliente 2 esperó hasta que terminó el segundo de la tarea 1.</translation>
    </message>
    <message>
        <source>Task 1 calls time.sleep(1) inside async def handle(). When is client 2 accepted?</source>
        <extracomment>asyncio-blocking-call: predict[0].question</extracomment>
        <translation>La tarea 1 llama a time.sleep(1) dentro de async def handle(). ¿Cuándo se acepta al cliente 2?</translation>
    </message>
    <message>
        <source>At once: it gets a task of its own</source>
        <extracomment>asyncio-blocking-call: predict[0].choices[0]</extracomment>
        <translation>Enseguida: tiene su propia tarea</translation>
    </message>
    <message>
        <source>Only after task 1's second is over</source>
        <extracomment>asyncio-blocking-call: predict[0].choices[1]; asyncio-blocking-call: predict[2].choices[1]</extracomment>
        <translation>Solo cuando termina el segundo de la tarea 1</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>asyncio-blocking-call: predict[0].choices[2]; asyncio-blocking-call: predict[2].choices[2]</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Tasks take turns on one thread, and a task gives the thread back only at an await. time.sleep() blocks the thread itself, so the loop cannot call epoll_wait() or accept() until it returns.</source>
        <extracomment>asyncio-blocking-call: predict[0].explanation</extracomment>
        <translation>Las tareas se turnan en un solo hilo, y una tarea devuelve el hilo solo en un await. time.sleep() bloquea el propio hilo, así que el bucle no puede llamar a epoll_wait() ni a accept() hasta que vuelva.</translation>
    </message>
    <message>
        <source>What would await asyncio.sleep(1) change?</source>
        <extracomment>asyncio-blocking-call: predict[1].question</extracomment>
        <translation>¿Qué cambiaría await asyncio.sleep(1)?</translation>
    </message>
    <message>
        <source>Nothing: a sleep is a sleep</source>
        <extracomment>asyncio-blocking-call: predict[1].choices[0]</extracomment>
        <translation>Nada: dormir es dormir</translation>
    </message>
    <message>
        <source>Task 1 would be suspended, and the loop would serve client 2 meanwhile</source>
        <extracomment>asyncio-blocking-call: predict[1].choices[1]</extracomment>
        <translation>La tarea 1 quedaría suspendida, y el bucle atendería al cliente 2 mientras tanto</translation>
    </message>
    <message>
        <source>The server would start a thread for client 2</source>
        <extracomment>asyncio-blocking-call: predict[1].choices[2]</extracomment>
        <translation>El servidor iniciaría un hilo para el cliente 2</translation>
    </message>
    <message>
        <source>await asyncio.sleep() suspends the coroutine and leaves a timer with the loop; the loop thread goes back to epoll_wait() and serves the other tasks until the timer is due.</source>
        <extracomment>asyncio-blocking-call: predict[1].explanation</extracomment>
        <translation>await asyncio.sleep() suspende la corrutina y deja un temporizador al bucle; el hilo del bucle vuelve a epoll_wait() y atiende a las demás tareas hasta que vence el temporizador.</translation>
    </message>
    <message>
        <source>Task 1 awaits asyncio.sleep(1) inside async def handle(). When is client 2 accepted?</source>
        <extracomment>asyncio-blocking-call: predict[2].question</extracomment>
        <translation>La tarea 1 espera con await asyncio.sleep(1) dentro de async def handle(). ¿Cuándo se acepta al cliente 2?</translation>
    </message>
    <message>
        <source>At once: the loop is free while task 1 sleeps</source>
        <extracomment>asyncio-blocking-call: predict[2].choices[0]</extracomment>
        <translation>Enseguida: el bucle está libre mientras la tarea 1 duerme</translation>
    </message>
    <message>
        <source>await asyncio.sleep() suspends task 1 and leaves a timer with the loop. The loop thread goes back to epoll_wait(), which reports the listening socket when client 2 connects, and accepts it at once.</source>
        <extracomment>asyncio-blocking-call: predict[2].explanation</extracomment>
        <translation>await asyncio.sleep() suspende la tarea 1 y deja un temporizador al bucle. El hilo del bucle vuelve a epoll_wait(), que informa del socket de escucha cuando el cliente 2 se conecta, y lo acepta enseguida.</translation>
    </message>
    <message>
        <source>asyncio, await asyncio.sleep()</source>
        <extracomment>asyncio-blocking-call: variants[0].title</extracomment>
        <translation>asyncio, await asyncio.sleep()</translation>
    </message>
    <message>
        <source>asyncio: many clients, one thread, many tasks</source>
        <extracomment>asyncio-echo: title</extracomment>
        <translation>asyncio: muchos clientes, un hilo, muchas tareas</translation>
    </message>
    <message>
        <source>Twelve clients connect within a quarter of a second, wait a moment, send one line each and read the echo; the server works 0.4 s on every line. Under asyncio one thread runs an event loop over epoll, and every connection is a task: a coroutine running async def handle(reader, writer). A task that awaits (await reader.read(), await asyncio.sleep()) is suspended, and no thread waits for it. Its lane, nested under the main thread, shows the await; the main thread's lane shows the truth underneath: one epoll_wait() after another, and the short stretches in which it resumes a task. Compare with threaded (a thread per client, each blocked in recv()) and with epoll (one thread too, but its handler's work blocks everyone).</source>
        <extracomment>asyncio-echo: description</extracomment>
        <translation>Doce clientes se conectan en un cuarto de segundo, esperan un momento, envían una línea cada uno y leen el eco; el servidor trabaja 0,4 s en cada línea. Con asyncio un hilo ejecuta un bucle de eventos sobre epoll, y cada conexión es una tarea: una corrutina que ejecuta async def handle(reader, writer). Una tarea que espera con await (await reader.read(), await asyncio.sleep()) queda suspendida, y ningún hilo espera por ella. Su línea, bajo el hilo principal, muestra el await; la línea del hilo principal muestra la verdad de fondo: un epoll_wait() tras otro, y los breves tramos en que reanuda una tarea. Compara con threaded (un hilo por cliente, cada uno bloqueado en recv()) y con epoll (también un hilo, pero el trabajo de su manejador bloquea a todos).</translation>
    </message>
    <message>
        <source>The event loop</source>
        <extracomment>asyncio-echo: chapters[0].title</extracomment>
        <translation>El bucle de eventos</translation>
    </message>
    <message>
        <source>asyncio.run() started an event loop on the main thread. It registered the listening socket with epoll and now waits in epoll_wait(). There is no task yet.</source>
        <extracomment>asyncio-echo: chapters[0].text</extracomment>
        <translation>asyncio.run() inició un bucle de eventos en el hilo principal. Registró el socket de escucha en epoll y ahora espera en epoll_wait(). Todavía no hay ninguna tarea.</translation>
    </message>
    <message>
        <source>A task, not a thread</source>
        <extracomment>asyncio-echo: chapters[1].title</extracomment>
        <translation>Una tarea, no un hilo</translation>
    </message>
    <message>
        <source>A client connected. The loop accepted it and made task 1 to run handle(reader, writer) for it. Its lane sits under the main thread: a task has no thread of its own, it runs on the loop thread whenever the loop resumes it.</source>
        <extracomment>asyncio-echo: chapters[1].text</extracomment>
        <translation>Un cliente se conectó. El bucle lo aceptó y creó la tarea 1 para ejecutar handle(reader, writer) por él. Su línea está bajo el hilo principal: una tarea no tiene hilo propio, se ejecuta en el hilo del bucle cada vez que el bucle la reanuda.</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <extracomment>asyncio-echo: chapters[2].title</extracomment>
        <translation>Esperando con await</translation>
    </message>
    <message>
        <source>Task 1's reader.read() found nothing yet (recv() said EAGAIN), so the task awaits: it is suspended, and nothing waits for it but an entry in epoll's interest list. The thread goes back to epoll_wait() for everyone.</source>
        <extracomment>asyncio-echo: chapters[2].text</extracomment>
        <translation>El reader.read() de la tarea 1 aún no encontró nada (recv() dijo EAGAIN), así que la tarea espera con await: queda suspendida, y nada espera por ella salvo una entrada en la lista de interés de epoll. El hilo vuelve a epoll_wait() por todos.</translation>
    </message>
    <message>
        <source>Resumed</source>
        <extracomment>asyncio-echo: chapters[3].title</extracomment>
        <translation>Reanudada</translation>
    </message>
    <message>
        <source>Task 1's client sent its line. epoll_wait() reported the socket, and the loop resumed task 1 right where it awaited: follow the arrow from the main thread's epoll_wait() to the task.</source>
        <extracomment>asyncio-echo: chapters[3].text</extracomment>
        <translation>El cliente de la tarea 1 envió su línea. epoll_wait() informó del socket, y el bucle reanudó la tarea 1 justo donde esperaba: sigue la flecha desde el epoll_wait() del hilo principal hasta la tarea.</translation>
    </message>
    <message>
        <source>await asyncio.sleep()</source>
        <extracomment>asyncio-echo: chapters[4].title</extracomment>
        <translation>await asyncio.sleep()</translation>
    </message>
    <message>
        <source>Task 1 works on the request with await asyncio.sleep(0.4): it is suspended on a timer of the loop. Meanwhile the same thread serves the other clients: watch the other tasks' lanes go to sleep too, all at once.</source>
        <extracomment>asyncio-echo: chapters[4].text</extracomment>
        <translation>La tarea 1 trabaja en la petición con await asyncio.sleep(0.4): queda suspendida en un temporizador del bucle. Mientras tanto el mismo hilo atiende a los demás clientes: mira cómo las líneas de las otras tareas también se duermen, todas a la vez.</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>asyncio-echo: chapters[5].title</extracomment>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Task 1's client closed, and task 1 returned: it is done. No thread ended; the loop thread goes on running the other tasks.</source>
        <extracomment>asyncio-echo: chapters[5].text</extracomment>
        <translation>El cliente de la tarea 1 cerró, y la tarea 1 retornó: está terminada. Ningún hilo terminó; el hilo del bucle sigue ejecutando las demás tareas.</translation>
    </message>
    <message>
        <source>A thread per client</source>
        <extracomment>asyncio-echo: chapters[6].title</extracomment>
        <translation>Un hilo por cliente</translation>
    </message>
    <message>
        <source>The threaded server gives every connection a thread of its own, and each blocks in recv() and then in its work. Count the threads, and compare with the asyncio run: one thread for the same twelve clients.</source>
        <extracomment>asyncio-echo: chapters[6].text</extracomment>
        <translation>El servidor threaded da a cada conexión un hilo propio, y cada uno se bloquea en recv() y luego en su trabajo. Cuenta los hilos y compara con la ejecución de asyncio: un hilo para los mismos doce clientes.</translation>
    </message>
    <message>
        <source>One thread, blocking work</source>
        <extracomment>asyncio-echo: chapters[7].title</extracomment>
        <translation>Un hilo, trabajo bloqueante</translation>
    </message>
    <message>
        <source>epoll's handler does its 0.4 s of work as a blocking sleep in the loop thread: while it works on this line, nobody else is served. The lines queue up and are answered one after another. asyncio awaits the same work instead.</source>
        <extracomment>asyncio-echo: chapters[7].text</extracomment>
        <translation>El manejador de epoll hace sus 0,4 s de trabajo como un sueño bloqueante en el hilo del bucle: mientras trabaja en esta línea, no se atiende a nadie más. Las líneas se acumulan y se responden una tras otra. asyncio, en cambio, espera el mismo trabajo con await.</translation>
    </message>
    <message>
        <source>How many threads does the asyncio server run for these twelve clients?</source>
        <extracomment>asyncio-echo: predict[0].question</extracomment>
        <translation>¿Cuántos hilos ejecuta el servidor asyncio para estos doce clientes?</translation>
    </message>
    <message>
        <source>Twelve: one per task</source>
        <extracomment>asyncio-echo: predict[0].choices[0]</extracomment>
        <translation>Doce: uno por tarea</translation>
    </message>
    <message>
        <source>One</source>
        <extracomment>asyncio-echo: predict[0].choices[1]; partial-recv-framing: predict[0].choices[0]; thread-per-client-many: predict[0].choices[1]; three-clients: predict[0].choices[0]; three-clients: predict[2].choices[0]; udp-echo: predict[0].choices[0]; zombies: predict[0].choices[1]</extracomment>
        <translation>Una</translation>
    </message>
    <message>
        <source>One per CPU core</source>
        <extracomment>asyncio-echo: predict[0].choices[2]; thread-per-client-many: predict[0].choices[2]</extracomment>
        <translation>Uno por núcleo de CPU</translation>
    </message>
    <message>
        <source>One thread runs the event loop. Each client is a task, a coroutine that the loop resumes when epoll_wait() reports its socket; a suspended task needs no thread.</source>
        <extracomment>asyncio-echo: predict[0].explanation</extracomment>
        <translation>Un hilo ejecuta el bucle de eventos. Cada cliente es una tarea, una corrutina que el bucle reanuda cuando epoll_wait() informa de su socket; una tarea suspendida no necesita hilo.</translation>
    </message>
    <message>
        <source>Task 1 is in await asyncio.sleep(0.4). What does the loop thread do meanwhile?</source>
        <extracomment>asyncio-echo: predict[1].question</extracomment>
        <translation>La tarea 1 está en await asyncio.sleep(0.4). ¿Qué hace mientras tanto el hilo del bucle?</translation>
    </message>
    <message>
        <source>It sleeps too: the task holds it</source>
        <extracomment>asyncio-echo: predict[1].choices[0]</extracomment>
        <translation>También duerme: la tarea lo retiene</translation>
    </message>
    <message>
        <source>It serves the other tasks and waits in epoll_wait()</source>
        <extracomment>asyncio-echo: predict[1].choices[1]</extracomment>
        <translation>Atiende a las demás tareas y espera en epoll_wait()</translation>
    </message>
    <message>
        <source>It spins, asking every socket in turn</source>
        <extracomment>asyncio-echo: predict[1].choices[2]</extracomment>
        <translation>Da vueltas, preguntando a cada socket por turno</translation>
    </message>
    <message>
        <source>An await suspends only the task. The loop notes a timer and goes back to epoll_wait(), with a timeout no later than the deadline, so the other clients are served while task 1 sleeps.</source>
        <extracomment>asyncio-echo: predict[1].explanation</extracomment>
        <translation>Un await suspende solo la tarea. El bucle anota un temporizador y vuelve a epoll_wait(), con un tiempo límite no posterior al plazo, así que los demás clientes son atendidos mientras la tarea 1 duerme.</translation>
    </message>
    <message>
        <source>A full listen backlog</source>
        <extracomment>backlog-full: title</extracomment>
        <translation>Un backlog de listen lleno</translation>
    </message>
    <message>
        <source>listen(fd, backlog) sets how many finished handshakes the kernel queues for a server that has not called accept() yet. Here the server is sequential with a backlog of 1 and client 1 keeps it busy, so clients 2 and 3 fill the queue (Linux queues backlog + 1). The lecture notes say the next connection is refused. Linux does something else: it silently drops the connection request, so client 4's and client 5's connect() keep waiting while their kernel resends the request after 1 s, 3 s, 7 s... They get in once the server accepts from the queue and a slot frees up. Nobody sees ECONNREFUSED; they just wait longer, in connect().</source>
        <extracomment>backlog-full: description</extracomment>
        <translation>listen(fd, backlog) fija cuántos saludos terminados encola el núcleo para un servidor que todavía no ha llamado a accept(). Aquí el servidor es secuencial con un backlog de 1 y el cliente 1 lo mantiene ocupado, así que los clientes 2 y 3 llenan la cola (Linux encola backlog + 1). Los apuntes de clase dicen que la siguiente conexión se rechaza. Linux hace otra cosa: descarta en silencio la solicitud de conexión, así que los connect() del cliente 4 y del cliente 5 siguen esperando mientras su núcleo reenvía la solicitud tras 1 s, 3 s, 7 s... Entran en cuanto el servidor acepta de la cola y se libera un hueco. Nadie ve ECONNREFUSED; solo esperan más, en connect().</translation>
    </message>
    <message>
        <source>The server is busy with client 1. Client 2's handshake completes in the kernel and waits in the backlog; its connect() has returned.</source>
        <extracomment>backlog-full: chapters[0].text</extracomment>
        <translation>El servidor está ocupado con el cliente 1. El saludo del cliente 2 se completa en el núcleo y espera en el backlog; su connect() ya ha vuelto.</translation>
    </message>
    <message>
        <source>Dropped, not refused</source>
        <extracomment>backlog-full: chapters[1].title</extracomment>
        <translation>Descartada, no rechazada</translation>
    </message>
    <message>
        <source>The queue is full. Linux ignores the connection requests that do not fit: a connect() that finds no room stays blocked while its kernel waits to try again.</source>
        <extracomment>backlog-full: chapters[1].text</extracomment>
        <translation>La cola está llena. Linux ignora las solicitudes de conexión que no caben: un connect() que no encuentra sitio sigue bloqueado mientras su núcleo espera para volver a intentarlo.</translation>
    </message>
    <message>
        <source>SYN_SENT</source>
        <extracomment>backlog-full: chapters[2].title</extracomment>
        <translation>SYN_SENT</translation>
    </message>
    <message>
        <source>The kernel's sample shows a client's socket in SYN_SENT: it has sent its connection request (SYN) and has no answer yet. A client whose request was dropped stays so until its kernel sends it again and there is room.</source>
        <extracomment>backlog-full: chapters[2].text</extracomment>
        <translation>La muestra del kernel muestra el socket de un cliente en SYN_SENT: ha enviado su petición de conexión (SYN) y aún no tiene respuesta. Un cliente cuya petición fue descartada sigue así hasta que su kernel la envía de nuevo y hay sitio.</translation>
    </message>
    <message>
        <source>Room again</source>
        <extracomment>backlog-full: chapters[3].title</extracomment>
        <translation>Vuelve a haber sitio</translation>
    </message>
    <message>
        <source>Client 1 finally speaks. Once the server is done with it, accept() takes the next connection from the queue, which makes room for a retried handshake.</source>
        <extracomment>backlog-full: chapters[3].text</extracomment>
        <translation>Por fin habla el cliente 1. En cuanto el servidor termina con él, accept() toma la siguiente conexión de la cola, lo que deja sitio para un saludo reintentado.</translation>
    </message>
    <message>
        <source>On Linux, what does client 5's connect() do while the backlog is full?</source>
        <extracomment>backlog-full: predict[0].question</extracomment>
        <translation>En Linux, ¿qué hace el connect() del cliente 5 mientras el backlog está lleno?</translation>
    </message>
    <message>
        <source>Fails with ECONNREFUSED</source>
        <extracomment>backlog-full: predict[0].choices[0]</extracomment>
        <translation>Falla con ECONNREFUSED</translation>
    </message>
    <message>
        <source>Blocks and retries until there is room</source>
        <extracomment>backlog-full: predict[0].choices[1]</extracomment>
        <translation>Se bloquea y reintenta hasta que hay sitio</translation>
    </message>
    <message>
        <source>Succeeds, and the first send fails</source>
        <extracomment>backlog-full: predict[0].choices[2]</extracomment>
        <translation>Tiene éxito, y el primer send falla</translation>
    </message>
    <message>
        <source>Linux drops the SYN of a listener whose accept queue is full; the client retransmits it with growing pauses. Other systems may refuse instead.</source>
        <extracomment>backlog-full: predict[0].explanation</extracomment>
        <translation>Linux descarta el SYN dirigido a un socket de escucha cuya cola de accept está llena; el cliente lo retransmite con pausas cada vez mayores. Otros sistemas pueden rechazarlo en su lugar.</translation>
    </message>
    <message>
        <source>Many idle clients: the C10K problem</source>
        <extracomment>c10k-epoll: title</extracomment>
        <translation>Muchos clientes inactivos: el problema C10K</translation>
    </message>
    <message>
        <source>readiness</source>
        <extracomment>c10k-epoll: topic; select-readiness: topic; select-stdin: topic</extracomment>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <source>The C10K problem asks how one machine serves ten thousand connections at once. Most of them are idle most of the time, so a thread each is wasteful and select() cannot even hold descriptors above 1023. epoll keeps the interest list inside the kernel and epoll_wait() returns only the sockets that are ready, so the cost of a wake-up depends on how many are ready, not on how many are connected. This bundled version runs 1,000 clients so that it stays comfortable on a classroom laptop; the design target is 10,000: copy the file, set "repeat" to 10000, and raise the descriptor limit (each client needs two descriptors, see `ulimit -n`). poll() is listed too for comparison: it works, but hands the kernel the whole array on every call.</source>
        <extracomment>c10k-epoll: description</extracomment>
        <translation>El problema C10K pregunta cómo una máquina atiende diez mil conexiones a la vez. La mayoría están inactivas casi todo el tiempo, así que un hilo para cada una es un derroche, y select() ni siquiera puede manejar descriptores por encima de 1023. epoll guarda la lista de interés dentro del núcleo y epoll_wait() devuelve solo los sockets que están listos, así que el coste de despertar depende de cuántos están listos, no de cuántos están conectados. Esta versión incluida ejecuta 1.000 clientes para que vaya holgada en un portátil de aula; el objetivo del diseño son 10.000: copia el archivo, pon "repeat" a 10000 y sube el límite de descriptores (cada cliente necesita dos descriptores, mira `ulimit -n`). poll() también está en la lista para comparar: funciona, pero entrega al núcleo el array entero en cada llamada.</translation>
    </message>
    <message>
        <source>Arriving</source>
        <extracomment>c10k-epoll: chapters[0].title</extracomment>
        <translation>Llegando</translation>
    </message>
    <message>
        <source>A client connects every millisecond. Each accept() adds one socket to the interest list (epoll_ctl ADD, or one more entry in poll()'s array).</source>
        <extracomment>c10k-epoll: chapters[0].text</extracomment>
        <translation>Cada milisegundo se conecta un cliente. Cada accept() añade un socket a la lista de interés (epoll_ctl ADD, o una entrada más en el array de poll()).</translation>
    </message>
    <message>
        <source>They speak</source>
        <extracomment>c10k-epoll: chapters[1].title</extracomment>
        <translation>Hablan</translation>
    </message>
    <message>
        <source>The clients send, a few at a time. Each wait returns only the sockets that are ready; the rest stay idle and cost the server nothing but memory.</source>
        <extracomment>c10k-epoll: chapters[1].text</extracomment>
        <translation>Los clientes envían, unos pocos a la vez. Cada espera devuelve solo los sockets que están listos; el resto sigue inactivo y no le cuesta al servidor más que memoria.</translation>
    </message>
    <message>
        <source>Why is select() not in this scenario's list of models?</source>
        <extracomment>c10k-epoll: predict[0].question</extracomment>
        <translation>¿Por qué select() no está en la lista de modelos de este escenario?</translation>
    </message>
    <message>
        <source>It is too slow to start</source>
        <extracomment>c10k-epoll: predict[0].choices[0]</extracomment>
        <translation>Tarda demasiado en arrancar</translation>
    </message>
    <message>
        <source>An fd_set only holds descriptors below 1024 (FD_SETSIZE)</source>
        <extracomment>c10k-epoll: predict[0].choices[1]</extracomment>
        <translation>Un fd_set solo admite descriptores por debajo de 1024 (FD_SETSIZE)</translation>
    </message>
    <message>
        <source>select() cannot watch listening sockets</source>
        <extracomment>c10k-epoll: predict[0].choices[2]</extracomment>
        <translation>select() no puede vigilar sockets de escucha</translation>
    </message>
    <message>
        <source>With a thousand clients the server's descriptors go past 1023, which select()'s fixed-size bit sets cannot represent. poll() and epoll have no such limit.</source>
        <extracomment>c10k-epoll: predict[0].explanation</extracomment>
        <translation>Con mil clientes los descriptores del servidor pasan de 1023, y los conjuntos de bits de tamaño fijo de select() no pueden representarlos. poll() y epoll no tienen ese límite.</translation>
    </message>
    <message>
        <source>A leak in CLOSE_WAIT</source>
        <extracomment>close-wait-leak: title</extracomment>
        <translation>Una fuga en CLOSE_WAIT</translation>
    </message>
    <message>
        <source>When a client closes, the server's recv() on that connection returns 0 bytes, and the kernel moves the server's end to CLOSE_WAIT: the peer has closed, and the kernel waits for this process to close too. This server has a bug: it stops watching a client that hung up but never calls close(). Each connection it forgets stays in CLOSE_WAIT and keeps its descriptor, so every new client gets a number none of the forgotten ones has given back, and the server's open descriptors pile up; a long-running server like this eventually runs out of descriptors (EMFILE). The kernel cannot clean up for the process: only close() ends CLOSE_WAIT. Here only the stop of the run closes them.</source>
        <extracomment>close-wait-leak: description</extracomment>
        <translation>Cuando un cliente cierra, el recv() del servidor en esa conexión devuelve 0 bytes, y el kernel pasa el extremo del servidor a CLOSE_WAIT: el otro extremo ha cerrado, y el kernel espera a que este proceso cierre también. Este servidor tiene un error: deja de vigilar a un cliente que ha colgado pero nunca llama a close(). Cada conexión que olvida se queda en CLOSE_WAIT y conserva su descriptor, así que cada cliente nuevo recibe un número que ninguna de las olvidadas ha devuelto, y los descriptores abiertos del servidor se acumulan; un servidor así, funcionando mucho tiempo, acaba quedándose sin descriptores (EMFILE). El kernel no puede limpiar por el proceso: solo close() termina CLOSE_WAIT. Aquí solo el final de la ejecución las cierra.</translation>
    </message>
    <message>
        <source>recv() returns 0, and nothing happens</source>
        <extracomment>close-wait-leak: chapters[0].title</extracomment>
        <translation>recv() devuelve 0, y no pasa nada</translation>
    </message>
    <message>
        <source>Client 1 has closed: the server's recv() returned 0 bytes. A correct server now calls close(). This one just goes back to accept() and forgets the connection.</source>
        <extracomment>close-wait-leak: chapters[0].text</extracomment>
        <translation>El cliente 1 ha cerrado: el recv() del servidor devolvió 0 bytes. Un servidor correcto llama ahora a close(). Este simplemente vuelve a accept() y olvida la conexión.</translation>
    </message>
    <message>
        <source>CLOSE_WAIT</source>
        <extracomment>close-wait-leak: chapters[1].title</extracomment>
        <translation>CLOSE_WAIT</translation>
    </message>
    <message>
        <source>The kernel's sample shows the server's end of a connection in CLOSE_WAIT: the peer has closed, this process has not. It stays so until the process closes the descriptor or exits.</source>
        <extracomment>close-wait-leak: chapters[1].text</extracomment>
        <translation>La muestra del kernel muestra el extremo del servidor de una conexión en CLOSE_WAIT: el otro extremo ha cerrado, este proceso no. Sigue así hasta que el proceso cierra el descriptor o termina.</translation>
    </message>
    <message>
        <source>The descriptors pile up</source>
        <extracomment>close-wait-leak: chapters[2].title</extracomment>
        <translation>Los descriptores se acumulan</translation>
    </message>
    <message>
        <source>Client 3's connection gets yet another descriptor number: the forgotten connections still hold theirs. The socket lanes show one connection in CLOSE_WAIT per client that has left.</source>
        <extracomment>close-wait-leak: chapters[2].text</extracomment>
        <translation>La conexión del cliente 3 recibe otro número de descriptor más: las conexiones olvidadas todavía conservan los suyos. Los carriles de sockets muestran una conexión en CLOSE_WAIT por cada cliente que se ha ido.</translation>
    </message>
    <message>
        <source>The server never closes a connection whose client has closed. What does the kernel do with the server's end?</source>
        <extracomment>close-wait-leak: predict[0].question</extracomment>
        <translation>El servidor nunca cierra una conexión cuyo cliente ha cerrado. ¿Qué hace el kernel con el extremo del servidor?</translation>
    </message>
    <message>
        <source>Closes it after a timeout</source>
        <extracomment>close-wait-leak: predict[0].choices[0]</extracomment>
        <translation>Lo cierra tras un tiempo de espera</translation>
    </message>
    <message>
        <source>Keeps it in CLOSE_WAIT until the process closes it</source>
        <extracomment>close-wait-leak: predict[0].choices[1]</extracomment>
        <translation>Lo mantiene en CLOSE_WAIT hasta que el proceso lo cierra</translation>
    </message>
    <message>
        <source>Reuses it for the next client</source>
        <extracomment>close-wait-leak: predict[0].choices[2]</extracomment>
        <translation>Lo reutiliza para el siguiente cliente</translation>
    </message>
    <message>
        <source>CLOSE_WAIT has no timeout: the kernel waits for the application. Only close() (or the process exiting) sends the server's FIN and lets the connection end.</source>
        <extracomment>close-wait-leak: predict[0].explanation</extracomment>
        <translation>CLOSE_WAIT no tiene tiempo límite: el kernel espera a la aplicación. Solo close() (o el fin del proceso) envía el FIN del servidor y deja terminar la conexión.</translation>
    </message>
    <message>
        <source>Connection refused: nobody is listening</source>
        <extracomment>connection-refused: title</extracomment>
        <translation>Conexión rechazada: nadie escucha</translation>
    </message>
    <message>
        <source>errors</source>
        <extracomment>connection-refused: topic; port-in-use: topic; time-wait-reuseaddr: topic</extracomment>
        <translation>errores</translation>
    </message>
    <message>
        <source>A client can only connect where a socket is listening. Client 1 dials a port on 127.0.0.1 where nothing listens (SockScope reserves one for it); the kernel answers the connection request with a reset and connect() fails with ECONNREFUSED, which Python raises as ConnectionRefusedError. It is immediate: there is nobody to wait for. Client 2 dials the real server and is served. The lecture notes say a full listen backlog also refuses connections; Linux does not, see the backlog-full scenario.</source>
        <extracomment>connection-refused: description</extracomment>
        <translation>Un cliente solo puede conectarse donde hay un socket escuchando. El cliente 1 llama a un puerto de 127.0.0.1 donde nada escucha (SockScope reserva uno para ello); el núcleo responde a la solicitud de conexión con un reset y connect() falla con ECONNREFUSED, que Python lanza como ConnectionRefusedError. Es inmediato: no hay nadie a quien esperar. El cliente 2 llama al servidor de verdad y es atendido. Los apuntes de clase dicen que un backlog de listen lleno también rechaza conexiones; Linux no lo hace, mira el escenario backlog-full.</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>connection-refused: chapters[0].title</extracomment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Client 1's connect() returned at once with ECONNREFUSED: no socket listens on that port, so the kernel answered the handshake with a reset.</source>
        <extracomment>connection-refused: chapters[0].text</extracomment>
        <translation>El connect() del cliente 1 volvió enseguida con ECONNREFUSED: ningún socket escucha en ese puerto, así que el núcleo respondió al saludo con un reset.</translation>
    </message>
    <message>
        <source>The right port</source>
        <extracomment>connection-refused: chapters[1].title</extracomment>
        <translation>El puerto correcto</translation>
    </message>
    <message>
        <source>Client 2 connects to the port the server listens on and is served normally.</source>
        <extracomment>connection-refused: chapters[1].text</extracomment>
        <translation>El cliente 2 se conecta al puerto en el que escucha el servidor y es atendido con normalidad.</translation>
    </message>
    <message>
        <source>How long does client 1's connect() take to fail?</source>
        <extracomment>connection-refused: predict[0].question</extracomment>
        <translation>¿Cuánto tarda en fallar el connect() del cliente 1?</translation>
    </message>
    <message>
        <source>Almost no time: the reset comes back at once</source>
        <extracomment>connection-refused: predict[0].choices[0]</extracomment>
        <translation>Casi nada: el reset vuelve enseguida</translation>
    </message>
    <message>
        <source>About a minute, until it times out</source>
        <extracomment>connection-refused: predict[0].choices[1]</extracomment>
        <translation>Alrededor de un minuto, hasta que vence el tiempo de espera</translation>
    </message>
    <message>
        <source>It never returns</source>
        <extracomment>connection-refused: predict[0].choices[2]</extracomment>
        <translation>Nunca vuelve</translation>
    </message>
    <message>
        <source>On a reachable machine with nothing listening, the kernel answers with a reset straight away. Timeouts happen when nothing answers at all.</source>
        <extracomment>connection-refused: predict[0].explanation</extracomment>
        <translation>En una máquina alcanzable en la que nada escucha, el núcleo responde con un reset de inmediato. Los tiempos de espera vencidos ocurren cuando nada responde en absoluto.</translation>
    </message>
    <message>
        <source>Noticing that a client has gone</source>
        <extracomment>disconnect: title</extracomment>
        <translation>Darse cuenta de que un cliente se ha ido</translation>
    </message>
    <message>
        <source>There is no message that says goodbye: a socket learns that its peer has hung up when recv() returns 0 bytes. Client 1 connects and leaves without a word; the server's recv() for it returns 0, the server closes its socket and, in a readiness loop, removes it from the set it watches (the sockets_list and clients map of the lecture notes). Client 2 shows a politer ending: after its request it calls shutdown(SHUT_WR) to say I am done sending, and it still reads the server's reply before closing.</source>
        <extracomment>disconnect: description</extracomment>
        <translation>No hay ningún mensaje de despedida: un socket se entera de que el otro extremo ha colgado cuando recv() devuelve 0 bytes. El cliente 1 se conecta y se va sin decir nada; el recv() del servidor para él devuelve 0, el servidor cierra su socket y, en un bucle de disponibilidad, lo quita del conjunto que vigila (la sockets_list y el mapa clients de los apuntes de clase). El cliente 2 muestra un final más educado: tras su petición llama a shutdown(SHUT_WR) para decir que ya no envía más, y aun así lee la respuesta del servidor antes de cerrar.</translation>
    </message>
    <message>
        <source>recv() returns 0</source>
        <extracomment>disconnect: chapters[0].title</extracomment>
        <translation>recv() devuelve 0</translation>
    </message>
    <message>
        <source>Client 1 closed without sending anything. The server's recv() on its socket returned 0 bytes: that is the only way to learn the peer is gone. The server closes its end too.</source>
        <extracomment>disconnect: chapters[0].text</extracomment>
        <translation>El cliente 1 cerró sin enviar nada. El recv() del servidor en su socket devolvió 0 bytes: es la única forma de saber que el otro extremo se ha ido. El servidor cierra también su extremo.</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <extracomment>disconnect: chapters[1].title; time-wait-reuseaddr: chapters[1].title</extracomment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>The kernel's sample shows a socket in TIME_WAIT: the side that closed first (here a client) keeps its end for a while after close(), so that late packets of the old connection cannot be taken for a new one.</source>
        <extracomment>disconnect: chapters[1].text</extracomment>
        <translation>La muestra del kernel muestra un socket en TIME_WAIT: el lado que cerró primero (aquí un cliente) conserva su extremo un rato después de close(), para que paquetes tardíos de la conexión antigua no se tomen por una nueva.</translation>
    </message>
    <message>
        <source>Half-close</source>
        <extracomment>disconnect: chapters[2].title</extracomment>
        <translation>Medio cierre</translation>
    </message>
    <message>
        <source>Client 2 sent its request and then shut down its sending side. The server reads the request, then a 0-byte recv() (no more data will come), but it can still send its answer.</source>
        <extracomment>disconnect: chapters[2].text</extracomment>
        <translation>El cliente 2 envió su petición y después cerró su lado de envío. El servidor lee la petición y luego un recv() de 0 bytes (no llegarán más datos), pero todavía puede enviar su respuesta.</translation>
    </message>
    <message>
        <source>Client 1 closes without sending. What does the server's recv() on its socket do?</source>
        <extracomment>disconnect: predict[0].question</extracomment>
        <translation>El cliente 1 cierra sin enviar. ¿Qué hace el recv() del servidor en su socket?</translation>
    </message>
    <message>
        <source>Blocks forever</source>
        <extracomment>disconnect: predict[0].choices[0]</extracomment>
        <translation>Se bloquea para siempre</translation>
    </message>
    <message>
        <source>Returns 0 bytes</source>
        <extracomment>disconnect: predict[0].choices[1]; nonblocking-eagain: predict[0].choices[1]</extracomment>
        <translation>Devuelve 0 bytes</translation>
    </message>
    <message>
        <source>Raises an error</source>
        <extracomment>disconnect: predict[0].choices[2]</extracomment>
        <translation>Lanza un error</translation>
    </message>
    <message>
        <source>An orderly close (FIN) makes recv() return 0 bytes. Only an abortive close (RST) gives an error, ECONNRESET.</source>
        <extracomment>disconnect: predict[0].explanation</extracomment>
        <translation>Un cierre ordenado (FIN) hace que recv() devuelva 0 bytes. Solo un cierre abortivo (RST) da un error, ECONNRESET.</translation>
    </message>
    <message>
        <source>Echo until the client says q</source>
        <extracomment>echo-until-quit: title</extracomment>
        <translation>Eco hasta que el cliente dice q</translation>
    </message>
    <message>
        <source>blocking</source>
        <extracomment>echo-until-quit: topic; one-slow-client: topic; send-buffer-full: topic; you-are-the-scheduler: topic</extracomment>
        <translation>bloqueo</translation>
    </message>
    <message>
        <source>The classic echo server: it keeps one connection open, answers every message, and hangs up when the client sends the single letter q. Client 1 has a short conversation; client 2 arrives meanwhile with one line of its own. Notice that the server's recv() loop for client 1 is what keeps client 2 waiting under the sequential model, and that after q it is the server that closes first: the client's next recv() returns 0 bytes, which is how a socket says the other side has hung up.</source>
        <extracomment>echo-until-quit: description</extracomment>
        <translation>El clásico servidor de eco: mantiene abierta una conexión, contesta cada mensaje y cuelga cuando el cliente envía la letra q sola. El cliente 1 tiene una conversación corta; mientras tanto llega el cliente 2 con una línea propia. Fíjate en que es el bucle de recv() del servidor para el cliente 1 lo que hace esperar al cliente 2 con el modelo secuencial, y en que tras q es el servidor quien cierra primero: el siguiente recv() del cliente devuelve 0 bytes, que es como un socket dice que el otro lado ha colgado.</translation>
    </message>
    <message>
        <source>A conversation</source>
        <extracomment>echo-until-quit: chapters[0].title</extracomment>
        <translation>Una conversación</translation>
    </message>
    <message>
        <source>The server got the first message. It answers and goes back to recv() on the same connection.</source>
        <extracomment>echo-until-quit: chapters[0].text</extracomment>
        <translation>El servidor recibió el primer mensaje. Contesta y vuelve a recv() en la misma conexión.</translation>
    </message>
    <message>
        <source>q</source>
        <extracomment>echo-until-quit: chapters[1].title</extracomment>
        <translation>q</translation>
    </message>
    <message>
        <source>Client 1 sends q. The server closes its end of the connection; the client, in recv(), gets 0 bytes: the conversation is over.</source>
        <extracomment>echo-until-quit: chapters[1].text</extracomment>
        <translation>El cliente 1 envía q. El servidor cierra su extremo de la conexión; el cliente, en recv(), recibe 0 bytes: la conversación ha terminado.</translation>
    </message>
    <message>
        <source>What does client 1's last recv() return after it sent q?</source>
        <extracomment>echo-until-quit: predict[0].question</extracomment>
        <translation>¿Qué devuelve el último recv() del cliente 1 después de enviar q?</translation>
    </message>
    <message>
        <source>The echo "q"</source>
        <extracomment>echo-until-quit: predict[0].choices[0]</extracomment>
        <translation>El eco "q"</translation>
    </message>
    <message>
        <source>0 bytes: the server has closed the connection</source>
        <extracomment>echo-until-quit: predict[0].choices[1]</extracomment>
        <translation>0 bytes: el servidor ha cerrado la conexión</translation>
    </message>
    <message>
        <source>It blocks forever</source>
        <extracomment>echo-until-quit: predict[0].choices[2]</extracomment>
        <translation>Se bloquea para siempre</translation>
    </message>
    <message>
        <source>On q the server closes instead of replying. A recv() on a connection the peer has closed returns 0 bytes, never blocks.</source>
        <extracomment>echo-until-quit: predict[0].explanation</extracomment>
        <translation>Con q el servidor cierra en lugar de contestar. Un recv() en una conexión que el otro extremo ha cerrado devuelve 0 bytes, nunca se bloquea.</translation>
    </message>
    <message>
        <source>Non-blocking sockets: EAGAIN everywhere</source>
        <extracomment>nonblocking-eagain: title</extracomment>
        <translation>Sockets no bloqueantes: EAGAIN por todas partes</translation>
    </message>
    <message>
        <source>non-blocking</source>
        <extracomment>nonblocking-eagain: topic</extracomment>
        <translation>no bloqueante</translation>
    </message>
    <message>
        <source>A non-blocking socket never puts its caller to sleep: when accept() has no connection waiting or recv() has no data, the call returns at once with the error EAGAIN (Python raises BlockingIOError). This server tries all its sockets in a loop and so never blocks, but look at how many would_block marks it leaves while the two clients take their time: it spins, asking again and again. That wasted work is why real servers pair non-blocking sockets with select(), poll() or epoll, which sleep until something is ready.</source>
        <extracomment>nonblocking-eagain: description</extracomment>
        <translation>Un socket no bloqueante nunca duerme a quien lo llama: cuando accept() no tiene ninguna conexión esperando o recv() no tiene datos, la llamada vuelve enseguida con el error EAGAIN (Python lanza BlockingIOError). Este servidor prueba todos sus sockets en un bucle y por eso nunca se bloquea, pero mira cuántas marcas would_block deja mientras los dos clientes se toman su tiempo: da vueltas, preguntando una y otra vez. Ese trabajo desperdiciado es la razón por la que los servidores reales combinan sockets no bloqueantes con select(), poll() o epoll, que duermen hasta que algo está listo.</translation>
    </message>
    <message>
        <source>Nobody there</source>
        <extracomment>nonblocking-eagain: chapters[0].title</extracomment>
        <translation>No hay nadie</translation>
    </message>
    <message>
        <source>accept() on a non-blocking listening socket: no connection was waiting, so it failed at once with EAGAIN. The loop tries again.</source>
        <extracomment>nonblocking-eagain: chapters[0].text</extracomment>
        <translation>accept() en un socket de escucha no bloqueante: no había ninguna conexión esperando, así que falló enseguida con EAGAIN. El bucle vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Spinning</source>
        <extracomment>nonblocking-eagain: chapters[1].title</extracomment>
        <translation>Dando vueltas</translation>
    </message>
    <message>
        <source>Client 1 is connected but silent. recv() on its socket fails with EAGAIN each time round; the server burns CPU asking.</source>
        <extracomment>nonblocking-eagain: chapters[1].text</extracomment>
        <translation>El cliente 1 está conectado pero callado. recv() en su socket falla con EAGAIN en cada vuelta; el servidor quema CPU preguntando.</translation>
    </message>
    <message>
        <source>Data at last</source>
        <extracomment>nonblocking-eagain: chapters[2].title</extracomment>
        <translation>Por fin datos</translation>
    </message>
    <message>
        <source>Client 1's line was in the socket buffer: this recv() succeeded at once.</source>
        <extracomment>nonblocking-eagain: chapters[2].text</extracomment>
        <translation>La línea del cliente 1 estaba en el búfer del socket: este recv() tuvo éxito enseguida.</translation>
    </message>
    <message>
        <source>What does recv() on a non-blocking socket do when no data has arrived?</source>
        <extracomment>nonblocking-eagain: predict[0].question</extracomment>
        <translation>¿Qué hace recv() en un socket no bloqueante cuando no han llegado datos?</translation>
    </message>
    <message>
        <source>Waits for data</source>
        <extracomment>nonblocking-eagain: predict[0].choices[0]</extracomment>
        <translation>Espera a que lleguen datos</translation>
    </message>
    <message>
        <source>Fails at once with EAGAIN (BlockingIOError)</source>
        <extracomment>nonblocking-eagain: predict[0].choices[2]</extracomment>
        <translation>Falla enseguida con EAGAIN (BlockingIOError)</translation>
    </message>
    <message>
        <source>0 bytes would mean the peer has closed. No data yet is a different answer: EAGAIN, try again later.</source>
        <extracomment>nonblocking-eagain: predict[0].explanation</extracomment>
        <translation>0 bytes significaría que el otro extremo ha cerrado. «Todavía no hay datos» es otra respuesta: EAGAIN, inténtalo más tarde.</translation>
    </message>
    <message>
        <source>One slow client holds up everyone</source>
        <extracomment>one-slow-client: title</extracomment>
        <translation>Un cliente lento retiene a todos</translation>
    </message>
    <message>
        <source>Client 1 connects and then takes two seconds before it says anything. Client 2 arrives a moment later with a quick question. A sequential server is stuck inside recv() waiting for client 1, so client 2 sits in the listen queue and is not even accepted until client 1 is finished. A threaded, forking or readiness-loop server accepts client 2 at once and answers it while client 1 is still thinking.</source>
        <extracomment>one-slow-client: description</extracomment>
        <translation>El cliente 1 se conecta y luego tarda dos segundos en decir algo. El cliente 2 llega un momento después con una pregunta rápida. Un servidor secuencial está atascado dentro de recv() esperando al cliente 1, así que el cliente 2 se queda en la cola de listen y ni siquiera es aceptado hasta que el cliente 1 termina. Un servidor con hilos, con fork o con bucle de disponibilidad acepta al cliente 2 enseguida y le contesta mientras el cliente 1 sigue pensando.</translation>
    </message>
    <message>
        <source>Waiting in accept()</source>
        <extracomment>one-slow-client: chapters[0].title</extracomment>
        <translation>Esperando en accept()</translation>
    </message>
    <message>
        <source>The server has called accept() on its listening socket. If no connection is in the queue, it sleeps in the kernel until someone connects; the CPU is free.</source>
        <extracomment>one-slow-client: chapters[0].text</extracomment>
        <translation>El servidor ha llamado a accept() en su socket de escucha. Si no hay ninguna conexión en la cola, duerme en el núcleo hasta que alguien se conecta; la CPU queda libre.</translation>
    </message>
    <message>
        <source>Waiting for readiness</source>
        <extracomment>one-slow-client: chapters[1].title</extracomment>
        <translation>Esperando disponibilidad</translation>
    </message>
    <message>
        <source>The server asks the kernel which of its sockets are ready and sleeps until one is. So far it watches only the listening socket.</source>
        <extracomment>one-slow-client: chapters[1].text</extracomment>
        <translation>El servidor pregunta al núcleo cuáles de sus sockets están listos y duerme hasta que alguno lo está. De momento solo vigila el socket de escucha.</translation>
    </message>
    <message>
        <source>Asking, not waiting</source>
        <extracomment>one-slow-client: chapters[2].title</extracomment>
        <translation>Preguntar, no esperar</translation>
    </message>
    <message>
        <source>The non-blocking accept() found nobody and failed at once with EAGAIN. The loop will ask again, and again.</source>
        <extracomment>one-slow-client: chapters[2].text</extracomment>
        <translation>El accept() no bloqueante no encontró a nadie y falló enseguida con EAGAIN. El bucle volverá a preguntar, una y otra vez.</translation>
    </message>
    <message>
        <source>Client 1 is in</source>
        <extracomment>one-slow-client: chapters[3].title</extracomment>
        <translation>El cliente 1 está dentro</translation>
    </message>
    <message>
        <source>accept() returned a new socket for client 1. Client 1 has not sent anything yet: watch where the server waits now.</source>
        <extracomment>one-slow-client: chapters[3].text</extracomment>
        <translation>accept() devolvió un socket nuevo para el cliente 1. El cliente 1 todavía no ha enviado nada: fíjate en dónde espera ahora el servidor.</translation>
    </message>
    <message>
        <source>Task 1 awaits</source>
        <extracomment>one-slow-client: chapters[4].title</extracomment>
        <translation>La tarea 1 espera con await</translation>
    </message>
    <message>
        <source>Client 1 has said nothing yet, so task 1's reader.read() awaits: the task is suspended, and the loop thread is free. It goes back to epoll_wait(), watching the listening socket too.</source>
        <extracomment>one-slow-client: chapters[4].text</extracomment>
        <translation>El cliente 1 aún no ha dicho nada, así que el reader.read() de la tarea 1 espera con await: la tarea queda suspendida y el hilo del bucle está libre. Vuelve a epoll_wait(), vigilando también el socket de escucha.</translation>
    </message>
    <message>
        <source>Client 2's connect() has returned: the kernel finished the handshake and put the connection in the listen queue. Does the server notice? Only if some part of it is waiting in accept() or watching the listening socket right now.</source>
        <extracomment>one-slow-client: chapters[5].text</extracomment>
        <translation>El connect() del cliente 2 ha vuelto: el núcleo terminó el saludo y puso la conexión en la cola de listen. ¿Se entera el servidor? Solo si alguna parte de él está esperando en accept() o vigilando el socket de escucha en este momento.</translation>
    </message>
    <message>
        <source>Client 2 is accepted</source>
        <extracomment>one-slow-client: chapters[6].title</extracomment>
        <translation>El cliente 2 es aceptado</translation>
    </message>
    <message>
        <source>The server takes client 2 out of the queue. Compare the moment with client 1's silence: did client 2 have to wait for client 1?</source>
        <extracomment>one-slow-client: chapters[6].text</extracomment>
        <translation>El servidor saca al cliente 2 de la cola. Compara el momento con el silencio del cliente 1: ¿tuvo que esperar el cliente 2 al cliente 1?</translation>
    </message>
    <message>
        <source>Client 1 speaks</source>
        <extracomment>one-slow-client: chapters[7].title; one-slow-client: chapters[8].title</extracomment>
        <translation>Habla el cliente 1</translation>
    </message>
    <message>
        <source>Client 1 finally sends its line: this is what the server was stuck on. Only once it is done with client 1 will it accept client 2, who has waited all this time.</source>
        <extracomment>one-slow-client: chapters[7].text</extracomment>
        <translation>Por fin el cliente 1 envía su línea: esto es lo que tenía atascado al servidor. Solo cuando termine con el cliente 1 aceptará al cliente 2, que ha esperado todo este tiempo.</translation>
    </message>
    <message>
        <source>Client 1 finally sends its line. Client 2 was served long before: nobody waited for client 1.</source>
        <extracomment>one-slow-client: chapters[8].text</extracomment>
        <translation>Por fin el cliente 1 envía su línea. El cliente 2 fue atendido mucho antes: nadie esperó al cliente 1.</translation>
    </message>
    <message>
        <source>Under the sequential model, when is client 2 accepted?</source>
        <extracomment>one-slow-client: predict[0].question</extracomment>
        <translation>Con el modelo secuencial, ¿cuándo es aceptado el cliente 2?</translation>
    </message>
    <message>
        <source>Immediately, at about 200 ms</source>
        <extracomment>one-slow-client: predict[0].choices[0]</extracomment>
        <translation>Inmediatamente, hacia los 200 ms</translation>
    </message>
    <message>
        <source>Only after the server is done with client 1</source>
        <extracomment>one-slow-client: predict[0].choices[1]</extracomment>
        <translation>Solo cuando el servidor ha terminado con el cliente 1</translation>
    </message>
    <message>
        <source>Never: it is refused</source>
        <extracomment>one-slow-client: predict[0].choices[2]</extracomment>
        <translation>Nunca: es rechazado</translation>
    </message>
    <message>
        <source>One thread can only wait in one place. While it is blocked in recv() for client 1, nobody calls accept(); client 2's connection waits in the kernel's listen queue.</source>
        <extracomment>one-slow-client: predict[0].explanation</extracomment>
        <translation>Un hilo solo puede esperar en un sitio. Mientras está bloqueado en recv() por el cliente 1, nadie llama a accept(); la conexión del cliente 2 espera en la cola de listen del núcleo.</translation>
    </message>
    <message>
        <source>Does client 2's connect() itself have to wait for client 1?</source>
        <extracomment>one-slow-client: predict[1].question</extracomment>
        <translation>¿Tiene que esperar al cliente 1 el propio connect() del cliente 2?</translation>
    </message>
    <message>
        <source>Yes, connect() blocks until the server calls accept()</source>
        <extracomment>one-slow-client: predict[1].choices[0]</extracomment>
        <translation>Sí, connect() se bloquea hasta que el servidor llama a accept()</translation>
    </message>
    <message>
        <source>No, the kernel completes the handshake on its own</source>
        <extracomment>one-slow-client: predict[1].choices[1]</extracomment>
        <translation>No, el núcleo completa el saludo por su cuenta</translation>
    </message>
    <message>
        <source>The three-way handshake is done by the kernel as long as there is room in the listen backlog. accept() only hands out connections that are already established.</source>
        <extracomment>one-slow-client: predict[1].explanation</extracomment>
        <translation>El saludo de tres vías lo hace el núcleo mientras haya sitio en el backlog de listen. accept() solo entrega conexiones que ya están establecidas.</translation>
    </message>
    <message>
        <source>One recv() is not one message</source>
        <extracomment>partial-recv-framing: title</extracomment>
        <translation>Un recv() no es un mensaje</translation>
    </message>
    <message>
        <source>framing</source>
        <extracomment>partial-recv-framing: topic</extracomment>
        <translation>delimitación</translation>
    </message>
    <message>
        <source>TCP carries a stream of bytes, not messages. send() and recv() each move whatever fits in the buffers and return how many bytes they handled, so a message can arrive in several pieces, or two messages in one recv(). A protocol must say where a message ends: a fixed length, a delimiter, a length prefix, or the end of the connection. Here the server reads with a tiny 8-byte buffer and frames messages by a newline. Client 1 sends one line in three pieces, pausing between them: the server needs many recv() calls and only answers once the newline has arrived. Client 2 sends its line in one go with send_framed, which adds the delimiter for it.</source>
        <extracomment>partial-recv-framing: description</extracomment>
        <translation>TCP transporta un flujo de bytes, no mensajes. send() y recv() mueven cada uno lo que cabe en los búferes y devuelven cuántos bytes han manejado, así que un mensaje puede llegar en varios trozos, o dos mensajes en un solo recv(). Un protocolo tiene que decir dónde acaba un mensaje: una longitud fija, un delimitador, un prefijo de longitud o el final de la conexión. Aquí el servidor lee con un búfer diminuto de 8 bytes y delimita los mensajes con un salto de línea. El cliente 1 envía una línea en tres trozos, con pausas entre ellos: el servidor necesita muchas llamadas a recv() y solo contesta cuando ha llegado el salto de línea. El cliente 2 envía su línea de una vez con send_framed, que le añade el delimitador.</translation>
    </message>
    <message>
        <source>Piece one</source>
        <extracomment>partial-recv-framing: chapters[0].title</extracomment>
        <translation>Primer trozo</translation>
    </message>
    <message>
        <source>Client 1 sends the first third of its line. The server's recv() returns at most 8 bytes at a time and no newline yet, so it keeps what it has and calls recv() again.</source>
        <extracomment>partial-recv-framing: chapters[0].text</extracomment>
        <translation>El cliente 1 envía el primer tercio de su línea. El recv() del servidor devuelve como mucho 8 bytes cada vez y todavía ningún salto de línea, así que guarda lo que tiene y vuelve a llamar a recv().</translation>
    </message>
    <message>
        <source>The newline arrives</source>
        <extracomment>partial-recv-framing: chapters[1].title</extracomment>
        <translation>Llega el salto de línea</translation>
    </message>
    <message>
        <source>With the last piece the message is complete. Only now does the server reply.</source>
        <extracomment>partial-recv-framing: chapters[1].text</extracomment>
        <translation>Con el último trozo el mensaje está completo. Solo ahora contesta el servidor.</translation>
    </message>
    <message>
        <source>Client 1's line is 37 bytes and the server reads 8 bytes at a time. How many recv() calls return data for it?</source>
        <extracomment>partial-recv-framing: predict[0].question</extracomment>
        <translation>La línea del cliente 1 tiene 37 bytes y el servidor lee 8 bytes cada vez. ¿Cuántas llamadas a recv() devuelven datos de ella?</translation>
    </message>
    <message>
        <source>Three, one per piece</source>
        <extracomment>partial-recv-framing: predict[0].choices[1]</extracomment>
        <translation>Tres, una por trozo</translation>
    </message>
    <message>
        <source>At least five</source>
        <extracomment>partial-recv-framing: predict[0].choices[2]</extracomment>
        <translation>Al menos cinco</translation>
    </message>
    <message>
        <source>recv() never returns more than the buffer size, so 37 bytes take at least five calls, however the pieces were sent.</source>
        <extracomment>partial-recv-framing: predict[0].explanation</extracomment>
        <translation>recv() nunca devuelve más que el tamaño del búfer, así que 37 bytes necesitan al menos cinco llamadas, se hayan enviado como se hayan enviado los trozos.</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <extracomment>port-in-use: title</extracomment>
        <translation>La dirección ya está en uso</translation>
    </message>
    <message>
        <source>Only one socket at a time may listen on a port. Before the server starts, SockScope itself grabs the port (standing in for another program, or for your own server started twice), so the server's bind() fails with EADDRINUSE; Python raises OSError: [Errno 98] Address already in use. The server never gets to listen() and no client is served. Two more things about ports: numbers below 1024 are well-known ports that only the administrator may bind, and right after a server stops its port can still be held by connections in TIME_WAIT, which is why servers set SO_REUSEADDR (SockScope's do).</source>
        <extracomment>port-in-use: description</extracomment>
        <translation>Solo un socket a la vez puede escuchar en un puerto. Antes de que arranque el servidor, el propio SockScope ocupa el puerto (en lugar de otro programa, o de tu propio servidor arrancado dos veces), así que el bind() del servidor falla con EADDRINUSE; Python lanza OSError: [Errno 98] Address already in use. El servidor nunca llega a listen() y no se atiende a ningún cliente. Dos cosas más sobre los puertos: los números por debajo de 1024 son puertos bien conocidos que solo el administrador puede enlazar, y justo después de que un servidor se detiene su puerto todavía puede estar retenido por conexiones en TIME_WAIT, y por eso los servidores activan SO_REUSEADDR (los de SockScope lo hacen).</translation>
    </message>
    <message>
        <source>bind() fails</source>
        <extracomment>port-in-use: chapters[0].title; time-wait-reuseaddr: chapters[2].title</extracomment>
        <translation>bind() falla</translation>
    </message>
    <message>
        <source>The port is taken. bind() returned -1 with errno EADDRINUSE; a careful server reports it and exits instead of carrying on with a socket that is not bound.</source>
        <extracomment>port-in-use: chapters[0].text</extracomment>
        <translation>El puerto está ocupado. bind() devolvió -1 con errno EADDRINUSE; un servidor cuidadoso lo informa y termina, en vez de seguir con un socket que no está enlazado.</translation>
    </message>
    <message>
        <source>Which call fails when the port is already taken?</source>
        <extracomment>port-in-use: predict[0].question</extracomment>
        <translation>¿Qué llamada falla cuando el puerto ya está ocupado?</translation>
    </message>
    <message>
        <source>socket()</source>
        <extracomment>port-in-use: predict[0].choices[0]</extracomment>
        <translation>socket()</translation>
    </message>
    <message>
        <source>bind()</source>
        <extracomment>port-in-use: predict[0].choices[1]</extracomment>
        <translation>bind()</translation>
    </message>
    <message>
        <source>listen()</source>
        <extracomment>port-in-use: predict[0].choices[2]</extracomment>
        <translation>listen()</translation>
    </message>
    <message>
        <source>accept()</source>
        <extracomment>port-in-use: predict[0].choices[3]</extracomment>
        <translation>accept()</translation>
    </message>
    <message>
        <source>socket() only creates an endpoint with no address. bind() asks for the address and port, and that is where the kernel says the port is in use.</source>
        <extracomment>port-in-use: predict[0].explanation</extracomment>
        <translation>socket() solo crea un extremo sin dirección. bind() pide la dirección y el puerto, y ahí es donde el núcleo dice que el puerto está en uso.</translation>
    </message>
    <message>
        <source>Reaping children with waitpid()</source>
        <extracomment>reaping: title</extracomment>
        <translation>Recoger hijos con waitpid()</translation>
    </message>
    <message>
        <source>processes</source>
        <extracomment>reaping: topic; zombies: topic</extracomment>
        <translation>procesos</translation>
    </message>
    <message>
        <source>The same forking server as in Zombies, but now the parent cleans up. With the reap policy on-accept it does what the lecture's reapChildren() does: right after each accept() it calls waitpid(pid, WNOHANG) for its children, collecting those that have finished without ever waiting for one that has not. A child therefore stays a zombie from its exit until the next client arrives. Switch the policy to sigchld to reap as soon as a child dies (the SIGCHLD signal wakes the parent), or to none to see the zombies pile up again.</source>
        <extracomment>reaping: description</extracomment>
        <translation>El mismo servidor con fork que en Zombis, pero ahora el padre limpia. Con la política de recogida on-accept hace lo que hace reapChildren() en la clase: justo después de cada accept() llama a waitpid(pid, WNOHANG) para sus hijos, recogiendo los que han terminado sin esperar nunca a uno que no lo ha hecho. Por eso un hijo sigue siendo un zombi desde que termina hasta que llega el siguiente cliente. Cambia la política a sigchld para recogerlos en cuanto un hijo muere (la señal SIGCHLD despierta al padre), o a none para ver cómo vuelven a acumularse los zombis.</translation>
    </message>
    <message>
        <source>A zombie, for now</source>
        <extracomment>reaping: chapters[0].title</extracomment>
        <translation>Un zombi, por ahora</translation>
    </message>
    <message>
        <source>Child 1 has exited. It is a zombie until the parent calls waitpid() for it.</source>
        <extracomment>reaping: chapters[0].text</extracomment>
        <translation>El hijo 1 ha terminado. Es un zombi hasta que el padre llama a waitpid() para él.</translation>
    </message>
    <message>
        <source>Reaped</source>
        <extracomment>reaping: chapters[1].title</extracomment>
        <translation>Recogido</translation>
    </message>
    <message>
        <source>The parent called waitpid() and collected a finished child: its zombie is gone. Which policy did it? Look at the label on the reap: at the next accept, at once on SIGCHLD, or only when the run stopped.</source>
        <extracomment>reaping: chapters[1].text</extracomment>
        <translation>El padre llamó a waitpid() y recogió un hijo terminado: su zombi ha desaparecido. ¿Qué política lo hizo? Mira la etiqueta de la recogida: en el siguiente accept, enseguida con SIGCHLD, o solo cuando se detuvo la ejecución.</translation>
    </message>
    <message>
        <source>With reap on-accept, when does child 1 stop being a zombie?</source>
        <extracomment>reaping: predict[0].question</extracomment>
        <translation>Con la recogida on-accept, ¿cuándo deja de ser un zombi el hijo 1?</translation>
    </message>
    <message>
        <source>As soon as it exits</source>
        <extracomment>reaping: predict[0].choices[0]</extracomment>
        <translation>En cuanto termina</translation>
    </message>
    <message>
        <source>When the next client is accepted</source>
        <extracomment>reaping: predict[0].choices[1]</extracomment>
        <translation>Cuando se acepta al siguiente cliente</translation>
    </message>
    <message>
        <source>Only when the server stops</source>
        <extracomment>reaping: predict[0].choices[2]</extracomment>
        <translation>Solo cuando el servidor se detiene</translation>
    </message>
    <message>
        <source>The parent only looks for finished children right after accept(). Until the next client arrives, child 1 waits as a zombie.</source>
        <extracomment>reaping: predict[0].explanation</extracomment>
        <translation>El padre solo busca hijos terminados justo después de accept(). Hasta que llega el siguiente cliente, el hijo 1 espera como zombi.</translation>
    </message>
    <message>
        <source>select(): serve whoever is ready</source>
        <extracomment>select-readiness: title</extracomment>
        <translation>select(): atender a quien esté listo</translation>
    </message>
    <message>
        <source>One thread, many clients. The server keeps a list of the sockets it cares about (the listening socket, then every accepted client: the sockets_list of the lecture notes) and a map from each client socket to its address (the clients map). select() sleeps until at least one of them is readable and returns just those. A ready listening socket means a new connection to accept; a ready client socket means data to recv(), or 0 bytes if that client has left. Each socket is a small number, its file descriptor: watch the fds in the read set and the ready set. The three clients connect together but speak at different times, and client 2 speaks twice.</source>
        <extracomment>select-readiness: description</extracomment>
        <translation>Un hilo, muchos clientes. El servidor mantiene una lista de los sockets que le importan (el socket de escucha, y luego cada cliente aceptado: la sockets_list de los apuntes de clase) y un mapa de cada socket de cliente a su dirección (el mapa clients). select() duerme hasta que al menos uno de ellos se puede leer y devuelve justo esos. Un socket de escucha listo significa una conexión nueva que aceptar; un socket de cliente listo significa datos para recv(), o 0 bytes si ese cliente se ha ido. Cada socket es un número pequeño, su descriptor de archivo: observa los fd del conjunto de lectura y del conjunto de listos. Los tres clientes se conectan juntos pero hablan en momentos distintos, y el cliente 2 habla dos veces.</translation>
    </message>
    <message>
        <source>Only the listener</source>
        <extracomment>select-readiness: chapters[0].title</extracomment>
        <translation>Solo el socket de escucha</translation>
    </message>
    <message>
        <source>The first wait watches one descriptor, the listening socket (often fd 3: 0, 1 and 2 are stdin, stdout and stderr).</source>
        <extracomment>select-readiness: chapters[0].text</extracomment>
        <translation>La primera espera vigila un descriptor, el socket de escucha (a menudo el fd 3: 0, 1 y 2 son stdin, stdout y stderr).</translation>
    </message>
    <message>
        <source>The set grows</source>
        <extracomment>select-readiness: chapters[1].title</extracomment>
        <translation>El conjunto crece</translation>
    </message>
    <message>
        <source>Each accept() adds a client socket to the set and its address to the clients map. The server now watches all of them at once.</source>
        <extracomment>select-readiness: chapters[1].text</extracomment>
        <translation>Cada accept() añade un socket de cliente al conjunto y su dirección al mapa clients. Ahora el servidor los vigila todos a la vez.</translation>
    </message>
    <message>
        <source>One is ready</source>
        <extracomment>select-readiness: chapters[2].title</extracomment>
        <translation>Uno está listo</translation>
    </message>
    <message>
        <source>Client 1 sent something, so the last wait reported its fd ready. The server reads it, answers, and goes back to waiting.</source>
        <extracomment>select-readiness: chapters[2].text</extracomment>
        <translation>El cliente 1 envió algo, así que la última espera informó de que su fd estaba listo. El servidor lo lee, contesta y vuelve a esperar.</translation>
    </message>
    <message>
        <source>Leaving the set</source>
        <extracomment>select-readiness: chapters[3].title</extracomment>
        <translation>Salir del conjunto</translation>
    </message>
    <message>
        <source>Client 1 closed: its fd turned ready, recv() returned 0, and the server closes it and removes it from the set and the map.</source>
        <extracomment>select-readiness: chapters[3].text</extracomment>
        <translation>El cliente 1 cerró: su fd se puso listo, recv() devolvió 0, y el servidor lo cierra y lo quita del conjunto y del mapa.</translation>
    </message>
    <message>
        <source>After the three clients connect, how many descriptors does the server pass to select() to read?</source>
        <extracomment>select-readiness: predict[0].question</extracomment>
        <translation>Después de que se conecten los tres clientes, ¿cuántos descriptores pasa el servidor a select() para leer?</translation>
    </message>
    <message>
        <source>3</source>
        <extracomment>select-readiness: predict[0].choices[0]</extracomment>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <extracomment>select-readiness: predict[0].choices[1]</extracomment>
        <translation>4</translation>
    </message>
    <message>
        <source>1</source>
        <extracomment>select-readiness: predict[0].choices[2]</extracomment>
        <translation>1</translation>
    </message>
    <message>
        <source>The three client sockets plus the listening socket, which must stay in the set so new connections are noticed.</source>
        <extracomment>select-readiness: predict[0].explanation</extracomment>
        <translation>Los tres sockets de cliente más el socket de escucha, que debe seguir en el conjunto para que se noten las conexiones nuevas.</translation>
    </message>
    <message>
        <source>Can the ready set contain a socket that is not in the read set?</source>
        <extracomment>select-readiness: predict[1].question</extracomment>
        <translation>¿Puede el conjunto de listos contener un socket que no está en el conjunto de lectura?</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>select-readiness: predict[1].choices[0]</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>select-readiness: predict[1].choices[1]</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>select() only reports on the descriptors it was given; the ready set is always a subset.</source>
        <extracomment>select-readiness: predict[1].explanation</extracomment>
        <translation>select() solo informa sobre los descriptores que recibió; el conjunto de listos es siempre un subconjunto.</translation>
    </message>
    <message>
        <source>select() on sockets and the keyboard</source>
        <extracomment>select-stdin: title</extracomment>
        <translation>select() con sockets y el teclado</translation>
    </message>
    <message>
        <source>select() is not only for sockets: anything with a file descriptor can be in its read set. This server watches its console (standard input in the lecture notes; here a pipe: type into the Console box of the toolbar, or leave it to the scripted line; untick Scripted line to be the only one typing) beside its sockets. Any line typed there makes the server leave its loop and close the listening socket. Clients 1 and 2 are served normally; at 800 ms a line arrives on the console and the server stops; client 3, arriving later, finds nobody listening and is refused.</source>
        <extracomment>select-stdin: description</extracomment>
        <translation>select() no es solo para sockets: cualquier cosa con un descriptor de archivo puede estar en su conjunto de lectura. Este servidor vigila su consola (la entrada estándar en los apuntes de clase; aquí una tubería: escribe en el cuadro Consola de la barra de herramientas o deja que lo haga la línea programada; desmarca Línea programada para ser el único que escribe) junto a sus sockets. Cualquier línea que se escriba ahí hace que el servidor salga de su bucle y cierre el socket de escucha. Los clientes 1 y 2 son atendidos con normalidad; a los 800 ms llega una línea por la consola y el servidor se detiene; el cliente 3, que llega más tarde, no encuentra a nadie escuchando y es rechazado.</translation>
    </message>
    <message>
        <source>Console in the set</source>
        <extracomment>select-stdin: chapters[0].title</extracomment>
        <translation>La consola en el conjunto</translation>
    </message>
    <message>
        <source>The read set holds the listening socket and the console pipe. Whichever becomes readable first wakes the server.</source>
        <extracomment>select-stdin: chapters[0].text</extracomment>
        <translation>El conjunto de lectura contiene el socket de escucha y la tubería de la consola. El que primero se pueda leer despierta al servidor.</translation>
    </message>
    <message>
        <source>A line on the console</source>
        <extracomment>select-stdin: chapters[1].title</extracomment>
        <translation>Una línea en la consola</translation>
    </message>
    <message>
        <source>A line came through the console pipe. The server read it and left its loop, closing the listening socket.</source>
        <extracomment>select-stdin: chapters[1].text</extracomment>
        <translation>Llegó una línea por la tubería de la consola. El servidor la leyó y salió de su bucle, cerrando el socket de escucha.</translation>
    </message>
    <message>
        <source>Too late</source>
        <extracomment>select-stdin: chapters[2].title</extracomment>
        <translation>Demasiado tarde</translation>
    </message>
    <message>
        <source>Client 3 connected to a port nobody listens on any more: ECONNREFUSED.</source>
        <extracomment>select-stdin: chapters[2].text</extracomment>
        <translation>El cliente 3 se conectó a un puerto en el que ya nadie escucha: ECONNREFUSED.</translation>
    </message>
    <message>
        <source>What happens to client 3, which connects after the console line?</source>
        <extracomment>select-stdin: predict[0].question</extracomment>
        <translation>¿Qué le pasa al cliente 3, que se conecta después de la línea de la consola?</translation>
    </message>
    <message>
        <source>It waits in the backlog</source>
        <extracomment>select-stdin: predict[0].choices[0]</extracomment>
        <translation>Espera en el backlog</translation>
    </message>
    <message>
        <source>Its connect() fails with ECONNREFUSED</source>
        <extracomment>select-stdin: predict[0].choices[1]</extracomment>
        <translation>Su connect() falla con ECONNREFUSED</translation>
    </message>
    <message>
        <source>It is served normally</source>
        <extracomment>select-stdin: predict[0].choices[2]</extracomment>
        <translation>Es atendido con normalidad</translation>
    </message>
    <message>
        <source>The listening socket is closed, so no socket listens on the port; Linux answers the connection attempt with a reset.</source>
        <extracomment>select-stdin: predict[0].explanation</extracomment>
        <translation>El socket de escucha está cerrado, así que ningún socket escucha en el puerto; Linux responde al intento de conexión con un reset.</translation>
    </message>
    <message>
        <source>A full send buffer blocks send()</source>
        <extracomment>send-buffer-full: title</extracomment>
        <translation>Un búfer de envío lleno bloquea send()</translation>
    </message>
    <message>
        <source>send() does not wait for the peer: it copies bytes into the socket's send buffer and returns. The kernel then moves them across into the peer's receive buffer, where they wait until the peer calls recv(). Here client 1 asks for a large reply (1 MiB, sent with one send()) and then does not read for a second. The server's connection has a small send buffer (SO_SNDBUF 16 KiB, which Linux doubles). The bytes pile up in client 1's receive queue until it is full, then in the server's send queue until that is full too, and from then on the server's send() blocks. It returns only after client 1 starts reading and makes room. The socket lanes show both queues as the kernel reported them in its samples.</source>
        <extracomment>send-buffer-full: description</extracomment>
        <translation>send() no espera al otro extremo: copia bytes en el búfer de envío del socket y vuelve. Luego el kernel los lleva al búfer de recepción del otro extremo, donde esperan hasta que este llama a recv(). Aquí el cliente 1 pide una respuesta grande (1 MiB, enviada con un solo send()) y luego no lee durante un segundo. La conexión del servidor tiene un búfer de envío pequeño (SO_SNDBUF 16 KiB, que Linux duplica). Los bytes se acumulan en la cola de recepción del cliente 1 hasta que se llena, luego en la cola de envío del servidor hasta que también se llena, y a partir de ahí el send() del servidor se bloquea. Solo vuelve cuando el cliente 1 empieza a leer y deja sitio. Los carriles de sockets muestran ambas colas tal como el kernel las informó en sus muestras.</translation>
    </message>
    <message>
        <source>What fits goes at once</source>
        <extracomment>send-buffer-full: chapters[0].title</extracomment>
        <translation>Lo que cabe sale enseguida</translation>
    </message>
    <message>
        <source>The server's send() of 1 MiB: the kernel copied the part that fit into the buffers at once. Client 1 is not reading, so nothing makes room for the rest.</source>
        <extracomment>send-buffer-full: chapters[0].text</extracomment>
        <translation>El send() de 1 MiB del servidor: el kernel copió enseguida la parte que cabía en los búferes. El cliente 1 no lee, así que nada deja sitio para el resto.</translation>
    </message>
    <message>
        <source>send() blocks</source>
        <extracomment>send-buffer-full: chapters[1].title</extracomment>
        <translation>send() se bloquea</translation>
    </message>
    <message>
        <source>The rest does not fit: client 1's receive queue is full and the server's send queue is full too, so send() blocks. The kernel's samples show the bytes waiting in both queues.</source>
        <extracomment>send-buffer-full: chapters[1].text</extracomment>
        <translation>El resto no cabe: la cola de recepción del cliente 1 está llena y la cola de envío del servidor también, así que send() se bloquea. Las muestras del kernel muestran los bytes que esperan en ambas colas.</translation>
    </message>
    <message>
        <source>The client reads</source>
        <extracomment>send-buffer-full: chapters[2].title</extracomment>
        <translation>El cliente lee</translation>
    </message>
    <message>
        <source>Client 1 starts reading. Each recv() takes bytes out of its receive queue; the kernel moves more across from the server's send queue, and the server's send() goes on.</source>
        <extracomment>send-buffer-full: chapters[2].text</extracomment>
        <translation>El cliente 1 empieza a leer. Cada recv() saca bytes de su cola de recepción; el kernel trae más desde la cola de envío del servidor, y el send() del servidor continúa.</translation>
    </message>
    <message>
        <source>send() returns</source>
        <extracomment>send-buffer-full: chapters[3].title</extracomment>
        <translation>send() vuelve</translation>
    </message>
    <message>
        <source>The last bytes of the reply are in the send buffer: the server's send() returns. It returned once the bytes were in the kernel's buffers, not once client 1 had read them.</source>
        <extracomment>send-buffer-full: chapters[3].text</extracomment>
        <translation>Los últimos bytes de la respuesta están en el búfer de envío: el send() del servidor vuelve. Volvió cuando los bytes estaban en los búferes del kernel, no cuando el cliente 1 los había leído.</translation>
    </message>
    <message>
        <source>The server sends 1 MiB to a client that does not read. What does the server's send() do?</source>
        <extracomment>send-buffer-full: predict[0].question</extracomment>
        <translation>El servidor envía 1 MiB a un cliente que no lee. ¿Qué hace el send() del servidor?</translation>
    </message>
    <message>
        <source>Returns at once: the kernel keeps everything</source>
        <extracomment>send-buffer-full: predict[0].choices[0]</extracomment>
        <translation>Vuelve enseguida: el kernel se queda con todo</translation>
    </message>
    <message>
        <source>Blocks once the buffers are full, until the client reads</source>
        <extracomment>send-buffer-full: predict[0].choices[1]</extracomment>
        <translation>Se bloquea cuando los búferes están llenos, hasta que el cliente lee</translation>
    </message>
    <message>
        <source>Fails with EAGAIN</source>
        <extracomment>send-buffer-full: predict[0].choices[2]</extracomment>
        <translation>Falla con EAGAIN</translation>
    </message>
    <message>
        <source>The kernel keeps only what fits into the sender's send buffer and the receiver's receive buffer. A blocking send() waits for room; a non-blocking one would return EAGAIN instead.</source>
        <extracomment>send-buffer-full: predict[0].explanation</extracomment>
        <translation>El kernel solo guarda lo que cabe en el búfer de envío del emisor y en el búfer de recepción del receptor. Un send() bloqueante espera a que haya sitio; uno no bloqueante devolvería EAGAIN.</translation>
    </message>
    <message>
        <source>A thread for every client: 200 of them</source>
        <extracomment>thread-per-client-many: title</extracomment>
        <translation>Un hilo para cada cliente: 200</translation>
    </message>
    <message>
        <source>threads</source>
        <extracomment>thread-per-client-many: topic</extracomment>
        <translation>hilos</translation>
    </message>
    <message>
        <source>Two hundred clients connect within half a second and each stays a while before it sends. The threaded server creates a thread for every connection, so there are about two hundred threads alive at once, each blocked in its own recv(). Threads are cheaper than processes but not free: every one has its own stack (8 MB of address space by default on Linux), the scheduler must switch between them, and in Python the GIL lets only one run Python code at a time. Compare with epoll, which serves the same clients from a single thread.</source>
        <extracomment>thread-per-client-many: description</extracomment>
        <translation>Doscientos clientes se conectan en medio segundo y cada uno se queda un rato antes de enviar. El servidor con hilos crea un hilo para cada conexión, así que hay unos doscientos hilos vivos a la vez, cada uno bloqueado en su propio recv(). Los hilos son más baratos que los procesos, pero no gratis: cada uno tiene su propia pila (8 MB de espacio de direcciones por defecto en Linux), el planificador tiene que alternar entre ellos, y en Python el GIL deja que solo uno ejecute código Python a la vez. Compáralo con epoll, que atiende a los mismos clientes desde un solo hilo.</translation>
    </message>
    <message>
        <source>A crowd</source>
        <extracomment>thread-per-client-many: chapters[0].title; thread-per-client-many: chapters[1].title</extracomment>
        <translation>Una multitud</translation>
    </message>
    <message>
        <source>A new client every 2 ms. Watch the number of live threads climb.</source>
        <extracomment>thread-per-client-many: chapters[0].text</extracomment>
        <translation>Un cliente nuevo cada 2 ms. Mira cómo sube el número de hilos vivos.</translation>
    </message>
    <message>
        <source>A new client every 2 ms. One thread accepts them all and adds each socket to epoll's interest list.</source>
        <extracomment>thread-per-client-many: chapters[1].text</extracomment>
        <translation>Un cliente nuevo cada 2 ms. Un solo hilo los acepta a todos y añade cada socket a la lista de interés de epoll.</translation>
    </message>
    <message>
        <source>Wake-up</source>
        <extracomment>thread-per-client-many: chapters[2].title</extracomment>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>The clients send; the server wakes for each, replies, and the connections end.</source>
        <extracomment>thread-per-client-many: chapters[2].text</extracomment>
        <translation>Los clientes envían; el servidor se despierta para cada uno, contesta, y las conexiones terminan.</translation>
    </message>
    <message>
        <source>How many threads does epoll need for these 200 clients?</source>
        <extracomment>thread-per-client-many: predict[0].question</extracomment>
        <translation>¿Cuántos hilos necesita epoll para estos 200 clientes?</translation>
    </message>
    <message>
        <source>200</source>
        <extracomment>thread-per-client-many: predict[0].choices[0]</extracomment>
        <translation>200</translation>
    </message>
    <message>
        <source>One thread asks epoll_wait() which sockets are ready and serves those; idle clients cost a few bytes of kernel memory each, not a thread.</source>
        <extracomment>thread-per-client-many: predict[0].explanation</extracomment>
        <translation>Un hilo pregunta a epoll_wait() qué sockets están listos y atiende a esos; los clientes inactivos cuestan unos pocos bytes de memoria del núcleo cada uno, no un hilo.</translation>
    </message>
    <message>
        <source>Three clients, every model</source>
        <extracomment>three-clients: title</extracomment>
        <translation>Tres clientes, todos los modelos</translation>
    </message>
    <message>
        <source>concurrency models</source>
        <extracomment>three-clients: topic</extracomment>
        <translation>modelos de concurrencia</translation>
    </message>
    <message>
        <source>Three clients connect at the same moment, wait 300 ms, send one line each and read the echo. Run it under each model and compare the lanes: the sequential server serves them one after another; the threaded server gives each its own thread; the forking server a process of its own; select, poll and epoll serve all three from one thread that waits for whichever socket is ready. The listening socket never sends or receives anything: it only produces a new connected socket for each client.</source>
        <extracomment>three-clients: description</extracomment>
        <translation>Tres clientes se conectan en el mismo momento, esperan 300 ms, envían una línea cada uno y leen el eco. Ejecútalo con cada modelo y compara los carriles: el servidor secuencial los atiende uno tras otro; el servidor con hilos le da a cada uno su propio hilo; el servidor con fork, un proceso propio; select, poll y epoll atienden a los tres desde un solo hilo que espera al socket que esté listo. El socket de escucha nunca envía ni recibe nada: solo produce un socket conectado nuevo para cada cliente.</translation>
    </message>
    <message>
        <source>socket, bind, listen</source>
        <extracomment>three-clients: chapters[0].title</extracomment>
        <translation>socket, bind, listen</translation>
    </message>
    <message>
        <source>These three calls return at once. From now on the kernel completes handshakes for this port by itself and queues them.</source>
        <extracomment>three-clients: chapters[0].text</extracomment>
        <translation>Estas tres llamadas vuelven enseguida. A partir de ahora el núcleo completa por su cuenta los saludos para este puerto y los encola.</translation>
    </message>
    <message>
        <source>socket and bind</source>
        <extracomment>three-clients: chapters[1].title</extracomment>
        <translation>socket y bind</translation>
    </message>
    <message>
        <source>A datagram server needs only socket() and bind(): no listen(), no accept(), no connection.</source>
        <extracomment>three-clients: chapters[1].text</extracomment>
        <translation>Un servidor de datagramas solo necesita socket() y bind(): ni listen(), ni accept(), ni conexión.</translation>
    </message>
    <message>
        <source>Three connections</source>
        <extracomment>three-clients: chapters[2].title</extracomment>
        <translation>Tres conexiones</translation>
    </message>
    <message>
        <source>All three clients are connected. Look at where the server waits: in recv() for one client, in accept() for more, or in one select()/poll()/epoll_wait() for all.</source>
        <extracomment>three-clients: chapters[2].text</extracomment>
        <translation>Los tres clientes están conectados. Mira dónde espera el servidor: en recv() por un cliente, en accept() por más, o en un único select()/poll()/epoll_wait() por todos.</translation>
    </message>
    <message>
        <source>Tasks, not threads</source>
        <extracomment>three-clients: chapters[3].title</extracomment>
        <translation>Tareas, no hilos</translation>
    </message>
    <message>
        <source>asyncio made a task for the first connection: a coroutine that runs on the main thread whenever the loop resumes it. Three clients will give three tasks and still one thread.</source>
        <extracomment>three-clients: chapters[3].text</extracomment>
        <translation>asyncio creó una tarea para la primera conexión: una corrutina que se ejecuta en el hilo principal cada vez que el bucle la reanuda. Tres clientes darán tres tareas y seguirá habiendo un solo hilo.</translation>
    </message>
    <message>
        <source>The first datagram</source>
        <extracomment>three-clients: chapters[4].title</extracomment>
        <translation>El primer datagrama</translation>
    </message>
    <message>
        <source>Client 1 sent a datagram. There was no handshake: the server learns of client 1 only from the sender address that comes with the data.</source>
        <extracomment>three-clients: chapters[4].text</extracomment>
        <translation>El cliente 1 envió un datagrama. No hubo saludo: el servidor solo sabe del cliente 1 por la dirección del remitente que llega con los datos.</translation>
    </message>
    <message>
        <source>The lines arrive</source>
        <extracomment>three-clients: chapters[5].title</extracomment>
        <translation>Llegan las líneas</translation>
    </message>
    <message>
        <source>Client 1 sends a line, and the others follow. Which server call wakes up for each of them, and in which lane?</source>
        <extracomment>three-clients: chapters[5].text</extracomment>
        <translation>El cliente 1 envía una línea, y los demás le siguen. ¿Qué llamada del servidor se despierta para cada una, y en qué carril?</translation>
    </message>
    <message>
        <source>How many threads does the threaded server create for three clients?</source>
        <extracomment>three-clients: predict[0].question</extracomment>
        <translation>¿Cuántos hilos crea el servidor con hilos para tres clientes?</translation>
    </message>
    <message>
        <source>Three: one per connection</source>
        <extracomment>three-clients: predict[0].choices[1]</extracomment>
        <translation>Tres: uno por conexión</translation>
    </message>
    <message>
        <source>Four: one per connection plus one for the listening socket</source>
        <extracomment>three-clients: predict[0].choices[2]</extracomment>
        <translation>Cuatro: uno por conexión más uno para el socket de escucha</translation>
    </message>
    <message>
        <source>The main thread keeps the listening socket and goes straight back to accept(); every accepted connection gets a new worker thread.</source>
        <extracomment>three-clients: predict[0].explanation</extracomment>
        <translation>El hilo principal se queda con el socket de escucha y vuelve directamente a accept(); cada conexión aceptada recibe un hilo trabajador nuevo.</translation>
    </message>
    <message>
        <source>Which sockets are in select()'s read set once all three clients are connected?</source>
        <extracomment>three-clients: predict[1].question</extracomment>
        <translation>¿Qué sockets están en el conjunto de lectura de select() una vez conectados los tres clientes?</translation>
    </message>
    <message>
        <source>Only the listening socket</source>
        <extracomment>three-clients: predict[1].choices[0]</extracomment>
        <translation>Solo el socket de escucha</translation>
    </message>
    <message>
        <source>Only the three client sockets</source>
        <extracomment>three-clients: predict[1].choices[1]</extracomment>
        <translation>Solo los tres sockets de cliente</translation>
    </message>
    <message>
        <source>The listening socket and the three client sockets</source>
        <extracomment>three-clients: predict[1].choices[2]</extracomment>
        <translation>El socket de escucha y los tres sockets de cliente</translation>
    </message>
    <message>
        <source>The loop watches the listening socket for new connections and every client socket for data, all in one call.</source>
        <extracomment>three-clients: predict[1].explanation</extracomment>
        <translation>El bucle vigila el socket de escucha por si llegan conexiones nuevas y cada socket de cliente por si llegan datos, todo en una sola llamada.</translation>
    </message>
    <message>
        <source>How many threads does the asyncio server use for three clients?</source>
        <extracomment>three-clients: predict[2].question</extracomment>
        <translation>¿Cuántos hilos usa el servidor asyncio para tres clientes?</translation>
    </message>
    <message>
        <source>Three: one per task</source>
        <extracomment>three-clients: predict[2].choices[1]</extracomment>
        <translation>Tres: uno por tarea</translation>
    </message>
    <message>
        <source>Four: one per task plus one for the listening socket</source>
        <extracomment>three-clients: predict[2].choices[2]</extracomment>
        <translation>Cuatro: uno por tarea más uno para el socket de escucha</translation>
    </message>
    <message>
        <source>One thread runs the event loop; each connection is a task, a coroutine the loop resumes when epoll_wait() reports its socket.</source>
        <extracomment>three-clients: predict[2].explanation</extracomment>
        <translation>Un hilo ejecuta el bucle de eventos; cada conexión es una tarea, una corrutina que el bucle reanuda cuando epoll_wait() informa de su socket.</translation>
    </message>
    <message>
        <source>TIME_WAIT and SO_REUSEADDR</source>
        <extracomment>time-wait-reuseaddr: title</extracomment>
        <translation>TIME_WAIT y SO_REUSEADDR</translation>
    </message>
    <message>
        <source>The side of a TCP connection that closes first keeps its end in TIME_WAIT for a minute after the close (twice the longest a segment may live), so that a late segment of the old connection cannot be mistaken for a new one. Here the server closes first: client 1 sends q and the server closes the connection. Then the server is stopped and started again at once on the same port. Without SO_REUSEADDR its bind() fails with EADDRINUSE: the old connection in TIME_WAIT still holds the port, although nothing listens on it. Started once more with SO_REUSEADDR, bind() succeeds. That is why the lecture notes call setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(), and why SockScope's servers do.</source>
        <extracomment>time-wait-reuseaddr: description</extracomment>
        <translation>El lado de una conexión TCP que cierra primero mantiene su extremo en TIME_WAIT durante un minuto después del cierre (el doble de lo máximo que puede vivir un segmento), para que un segmento tardío de la conexión antigua no se confunda con una nueva. Aquí el servidor cierra primero: el cliente 1 envía q y el servidor cierra la conexión. Después el servidor se detiene y se vuelve a arrancar enseguida en el mismo puerto. Sin SO_REUSEADDR su bind() falla con EADDRINUSE: la conexión antigua en TIME_WAIT todavía ocupa el puerto, aunque nada escucha en él. Arrancado otra vez con SO_REUSEADDR, bind() funciona. Por eso los apuntes llaman a setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) antes de bind(), y por eso lo hacen los servidores de SockScope.</translation>
    </message>
    <message>
        <source>The server closes first</source>
        <extracomment>time-wait-reuseaddr: chapters[0].title</extracomment>
        <translation>El servidor cierra primero</translation>
    </message>
    <message>
        <source>Client 1 sent q, and its recv() returned 0: the server has closed the connection, before client 1 did. The end that closes first is the one that will wait in TIME_WAIT.</source>
        <extracomment>time-wait-reuseaddr: chapters[0].text</extracomment>
        <translation>El cliente 1 envió q, y su recv() devolvió 0: el servidor ha cerrado la conexión, antes que el cliente 1. El extremo que cierra primero es el que esperará en TIME_WAIT.</translation>
    </message>
    <message>
        <source>The kernel's sample shows the server's old connection in TIME_WAIT: no process holds it any more, but the kernel keeps it, and its port, for a minute.</source>
        <extracomment>time-wait-reuseaddr: chapters[1].text</extracomment>
        <translation>La muestra del kernel muestra la conexión antigua del servidor en TIME_WAIT: ningún proceso la tiene ya, pero el kernel la conserva, y su puerto, durante un minuto.</translation>
    </message>
    <message>
        <source>The server was started again at once on the same port, without SO_REUSEADDR. bind() failed with EADDRINUSE: the connection in TIME_WAIT still uses the port, although nothing listens there.</source>
        <extracomment>time-wait-reuseaddr: chapters[2].text</extracomment>
        <translation>El servidor se volvió a arrancar enseguida en el mismo puerto, sin SO_REUSEADDR. bind() falló con EADDRINUSE: la conexión en TIME_WAIT todavía usa el puerto, aunque nada escucha allí.</translation>
    </message>
    <message>
        <source>With SO_REUSEADDR</source>
        <extracomment>time-wait-reuseaddr: chapters[3].title</extracomment>
        <translation>Con SO_REUSEADDR</translation>
    </message>
    <message>
        <source>Started once more, this time with setsockopt(SO_REUSEADDR) before bind(): the kernel lets the new listening socket share the port with the connection in TIME_WAIT, and the server listens.</source>
        <extracomment>time-wait-reuseaddr: chapters[3].text</extracomment>
        <translation>Arrancado una vez más, esta vez con setsockopt(SO_REUSEADDR) antes de bind(): el kernel deja que el nuevo socket que escucha comparta el puerto con la conexión en TIME_WAIT, y el servidor escucha.</translation>
    </message>
    <message>
        <source>Right after the server closed a connection first, it is restarted on the same port without SO_REUSEADDR. What does bind() do?</source>
        <extracomment>time-wait-reuseaddr: predict[0].question</extracomment>
        <translation>Justo después de que el servidor cerrara primero una conexión, se vuelve a arrancar en el mismo puerto sin SO_REUSEADDR. ¿Qué hace bind()?</translation>
    </message>
    <message>
        <source>Succeeds: nothing listens on the port any more</source>
        <extracomment>time-wait-reuseaddr: predict[0].choices[0]</extracomment>
        <translation>Funciona: ya nada escucha en el puerto</translation>
    </message>
    <message>
        <source>Fails with EADDRINUSE</source>
        <extracomment>time-wait-reuseaddr: predict[0].choices[1]</extracomment>
        <translation>Falla con EADDRINUSE</translation>
    </message>
    <message>
        <source>Blocks until the port is free</source>
        <extracomment>time-wait-reuseaddr: predict[0].choices[2]</extracomment>
        <translation>Se bloquea hasta que el puerto queda libre</translation>
    </message>
    <message>
        <source>The old connection sits in TIME_WAIT for about a minute and still counts as using the port. bind() never waits: it fails with EADDRINUSE. SO_REUSEADDR lets a listening socket bind next to connections in TIME_WAIT.</source>
        <extracomment>time-wait-reuseaddr: predict[0].explanation</extracomment>
        <translation>La conexión antigua pasa alrededor de un minuto en TIME_WAIT y sigue contando como usuaria del puerto. bind() nunca espera: falla con EADDRINUSE. SO_REUSEADDR permite a un socket que escucha enlazarse junto a conexiones en TIME_WAIT.</translation>
    </message>
    <message>
        <source>UDP: datagrams without connections</source>
        <extracomment>udp-echo: title</extracomment>
        <translation>UDP: datagramas sin conexiones</translation>
    </message>
    <message>
        <source>udp</source>
        <extracomment>udp-echo: topic</extracomment>
        <translation>udp</translation>
    </message>
    <message>
        <source>A UDP server binds a port and that is all: no listen(), no accept(), no connection per client. One socket receives datagrams from everybody; recvfrom() says who sent each one, and sendto() answers that address. Each datagram arrives whole or not at all (its boundaries are kept, unlike TCP's byte stream), but UDP promises neither delivery nor order; on loopback nothing is lost, on a real network it can be. Two clients send two datagrams each. Their "connect" step only creates the socket and fixes the server as its destination: no handshake, nothing reaches the server.</source>
        <extracomment>udp-echo: description</extracomment>
        <translation>Un servidor UDP enlaza un puerto y nada más: ni listen(), ni accept(), ni una conexión por cliente. Un solo socket recibe datagramas de todos; recvfrom() dice quién envió cada uno, y sendto() contesta a esa dirección. Cada datagrama llega entero o no llega (sus límites se conservan, a diferencia del flujo de bytes de TCP), pero UDP no promete ni la entrega ni el orden; en loopback no se pierde nada, en una red real puede perderse. Dos clientes envían dos datagramas cada uno. Su paso "connect" solo crea el socket y fija el servidor como destino: sin saludo, nada llega al servidor.</translation>
    </message>
    <message>
        <source>No accept</source>
        <extracomment>udp-echo: chapters[0].title</extracomment>
        <translation>Sin accept</translation>
    </message>
    <message>
        <source>socket(SOCK_DGRAM) and bind(): the server is ready. It waits in recvfrom() on its only socket.</source>
        <extracomment>udp-echo: chapters[0].text</extracomment>
        <translation>socket(SOCK_DGRAM) y bind(): el servidor está listo. Espera en recvfrom() en su único socket.</translation>
    </message>
    <message>
        <source>Who sent it?</source>
        <extracomment>udp-echo: chapters[1].title</extracomment>
        <translation>¿Quién lo envió?</translation>
    </message>
    <message>
        <source>recvfrom() returned a datagram and the sender's address; the reply goes back with sendto() to that address.</source>
        <extracomment>udp-echo: chapters[1].text</extracomment>
        <translation>recvfrom() devolvió un datagrama y la dirección del remitente; la respuesta vuelve con sendto() a esa dirección.</translation>
    </message>
    <message>
        <source>How many sockets does the UDP server use for two clients?</source>
        <extracomment>udp-echo: predict[0].question</extracomment>
        <translation>¿Cuántos sockets usa el servidor UDP para dos clientes?</translation>
    </message>
    <message>
        <source>Two</source>
        <extracomment>udp-echo: predict[0].choices[1]</extracomment>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Three</source>
        <extracomment>udp-echo: predict[0].choices[2]; zombies: predict[0].choices[2]</extracomment>
        <translation>Tres</translation>
    </message>
    <message>
        <source>There are no connections, so there is nothing to accept: one socket serves everybody.</source>
        <extracomment>udp-echo: predict[0].explanation</extracomment>
        <translation>No hay conexiones, así que no hay nada que aceptar: un solo socket atiende a todos.</translation>
    </message>
    <message>
        <source>You are the scheduler</source>
        <extracomment>you-are-the-scheduler: title</extracomment>
        <translation>Tú eres el planificador</translation>
    </message>
    <message>
        <source>Nothing happens until you say so: every client step waits for you to release it, either one client at a time (the button by its lane) or with Next step. Make client 1 connect, then client 2, and watch where the server blocks; make client 2 send before client 1 and see which models notice. Try it with sequential, then with threaded and select.</source>
        <extracomment>you-are-the-scheduler: description</extracomment>
        <translation>No pasa nada hasta que tú lo dices: cada paso de un cliente espera a que lo liberes, bien un cliente cada vez (el botón junto a su carril), bien con Siguiente paso. Haz que se conecte el cliente 1, luego el cliente 2, y mira dónde se bloquea el servidor; haz que el cliente 2 envíe antes que el cliente 1 y mira qué modelos lo notan. Pruébalo con secuencial, luego con hilos y con select.</translation>
    </message>
    <message>
        <source>Your move</source>
        <extracomment>you-are-the-scheduler: chapters[0].title</extracomment>
        <translation>Te toca</translation>
    </message>
    <message>
        <source>The server is ready and waits. Release a client's connect to wake it.</source>
        <extracomment>you-are-the-scheduler: chapters[0].text</extracomment>
        <translation>El servidor está listo y espera. Libera el connect de un cliente para despertarlo.</translation>
    </message>
    <message>
        <source>Sequential model: both clients are connected and client 2 sends first. Who gets an answer first?</source>
        <extracomment>you-are-the-scheduler: predict[0].question</extracomment>
        <translation>Modelo secuencial: los dos clientes están conectados y el cliente 2 envía primero. ¿Quién recibe antes una respuesta?</translation>
    </message>
    <message>
        <source>Client 2, it sent first</source>
        <extracomment>you-are-the-scheduler: predict[0].choices[0]</extracomment>
        <translation>El cliente 2, envió primero</translation>
    </message>
    <message>
        <source>Client 1, the server is waiting in recv() for it</source>
        <extracomment>you-are-the-scheduler: predict[0].choices[1]</extracomment>
        <translation>El cliente 1, el servidor lo está esperando en recv()</translation>
    </message>
    <message>
        <source>The sequential server accepted client 1 and is blocked in recv() on client 1's socket. Client 2's data waits in its socket buffer until client 1 is done.</source>
        <extracomment>you-are-the-scheduler: predict[0].explanation</extracomment>
        <translation>El servidor secuencial aceptó al cliente 1 y está bloqueado en recv() en el socket del cliente 1. Los datos del cliente 2 esperan en el búfer de su socket hasta que el cliente 1 termina.</translation>
    </message>
    <message>
        <source>Zombies: children nobody waits for</source>
        <extracomment>zombies: title</extracomment>
        <translation>Zombis: hijos a los que nadie espera</translation>
    </message>
    <message>
        <source>A forking server gives each connection a child process made by fork(), which returns twice: once in the parent with the child's pid, once in the child with 0. Each child serves its client and exits. Here the parent never calls waitpid(), so every finished child stays in the process table as a zombie: it runs no code and holds no memory, but its pid and exit status are kept until its parent collects them. After the clients are done the window keeps the server running until you press Stop; meanwhile `ps -o pid,stat,cmd --ppid &lt;server pid&gt;` (the pid is in the status bar) shows them with state Z and &lt;defunct&gt;. Forever-running servers that never reap eventually fill the process table.</source>
        <extracomment>zombies: description</extracomment>
        <translation>Un servidor con fork da a cada conexión un proceso hijo creado con fork(), que vuelve dos veces: una en el padre con el pid del hijo, otra en el hijo con 0. Cada hijo atiende a su cliente y termina. Aquí el padre nunca llama a waitpid(), así que cada hijo terminado se queda en la tabla de procesos como zombi: no ejecuta código ni ocupa memoria, pero su pid y su estado de salida se guardan hasta que su padre los recoge. Cuando los clientes terminan, la ventana mantiene el servidor en marcha hasta que pulsas Detener; mientras tanto, `ps -o pid,stat,cmd --ppid &lt;server pid&gt;` (el pid está en la barra de estado) los muestra con el estado Z y &lt;defunct&gt;. Los servidores que se ejecutan para siempre y nunca recogen acaban llenando la tabla de procesos.</translation>
    </message>
    <message>
        <source>fork() per connection</source>
        <extracomment>zombies: chapters[0].title</extracomment>
        <translation>fork() por conexión</translation>
    </message>
    <message>
        <source>After accept() the parent called fork(). The child serves the client; the parent goes back to accept().</source>
        <extracomment>zombies: chapters[0].text</extracomment>
        <translation>Después de accept() el padre llamó a fork(). El hijo atiende al cliente; el padre vuelve a accept().</translation>
    </message>
    <message>
        <source>The first zombie</source>
        <extracomment>zombies: chapters[1].title</extracomment>
        <translation>El primer zombi</translation>
    </message>
    <message>
        <source>Child 1 has finished and exited. Its lane turns into a zombie: dead, but still listed, because the parent has not asked for its exit status.</source>
        <extracomment>zombies: chapters[1].text</extracomment>
        <translation>El hijo 1 ha acabado y ha terminado. Su carril se convierte en un zombi: muerto, pero todavía en la lista, porque el padre no ha pedido su estado de salida.</translation>
    </message>
    <message>
        <source>Still there</source>
        <extracomment>zombies: chapters[2].title</extracomment>
        <translation>Siguen ahí</translation>
    </message>
    <message>
        <source>A new client arrives and the parent forks again, yet the old zombies remain: with reap policy none, nobody calls waitpid(). They stay until you press Stop, when SockScope collects them (a real server that never reaps keeps them until it exits).</source>
        <extracomment>zombies: chapters[2].text</extracomment>
        <translation>Llega un cliente nuevo y el padre vuelve a hacer fork, pero los zombis viejos siguen ahí: con la política de recogida none, nadie llama a waitpid(). Se quedan hasta que pulsas Detener, cuando SockScope los recoge (un servidor real que nunca recoge los conserva hasta que termina).</translation>
    </message>
    <message>
        <source>When client 4 connects at 1.2 s, how many zombies does the server have?</source>
        <extracomment>zombies: predict[0].question</extracomment>
        <translation>Cuando el cliente 4 se conecta a los 1,2 s, ¿cuántos zombis tiene el servidor?</translation>
    </message>
    <message>
        <source>None: children disappear when they exit</source>
        <extracomment>zombies: predict[0].choices[0]</extracomment>
        <translation>Ninguno: los hijos desaparecen cuando terminan</translation>
    </message>
    <message>
        <source>Children 1, 2 and 3 have exited and nobody has reaped them, so all three are zombies.</source>
        <extracomment>zombies: predict[0].explanation</extracomment>
        <translation>Los hijos 1, 2 y 3 han terminado y nadie los ha recogido, así que los tres son zombis.</translation>
    </message>
</context>
</TS>
