<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Scenario</name>
    <message>
        <source>The accept queue fills up</source>
        <extracomment>accept-queue: title</extracomment>
        <translation>Die Accept-Warteschlange läuft voll</translation>
    </message>
    <message>
        <source>connections</source>
        <extracomment>accept-queue: topic; backlog-full: topic; close-wait-leak: topic; disconnect: topic</extracomment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>The kernel completes a TCP handshake on its own, whether or not the server is in accept(): the finished connection waits in the listening socket's accept queue until accept() takes it. Here a sequential server with a backlog of 1 sleeps 800 ms after listen() before it first calls accept(). Clients 1 and 2 connect at once and their connect() returns although nobody has accepted them: the queue now holds backlog + 1 = 2 connections, which is all Linux queues. Clients 3, 4 and 5 find it full: the kernel drops their connection requests (SYN) without an answer, counts each drop, and their own kernel sends the request again after 1 s, then 3 s. The socket lanes show the queue's level as the kernel reported it in its samples.</source>
        <extracomment>accept-queue: description</extracomment>
        <translation>Der Kernel schließt einen TCP-Handshake selbst ab, ob der Server in accept() steht oder nicht: die fertige Verbindung wartet in der Accept-Warteschlange des lauschenden Sockets, bis accept() sie nimmt. Hier schläft ein sequentieller Server mit Backlog 1 nach listen() 800 ms, bevor er zum ersten Mal accept() aufruft. Clients 1 und 2 verbinden sich sofort, und ihr connect() kehrt zurück, obwohl niemand sie angenommen hat: die Warteschlange hält jetzt Backlog + 1 = 2 Verbindungen, mehr stellt Linux nicht an. Clients 3, 4 und 5 finden sie voll: der Kernel verwirft ihre Verbindungsanfragen (SYN) ohne Antwort, zählt jeden Verlust, und ihr eigener Kernel schickt die Anfrage nach 1 s, dann nach 3 s erneut. Die Socket-Bahnen zeigen den Füllstand der Warteschlange so, wie der Kernel ihn in seinen Stichproben meldete.</translation>
    </message>
    <message>
        <source>Listening, not accepting</source>
        <extracomment>accept-queue: chapters[0].title</extracomment>
        <translation>Lauschen, nicht annehmen</translation>
    </message>
    <message>
        <source>The server called listen() with a backlog of 1 and now sleeps before its first accept(). The kernel answers handshakes on the listening socket anyway.</source>
        <extracomment>accept-queue: chapters[0].text</extracomment>
        <translation>Der Server hat listen() mit Backlog 1 aufgerufen und schläft jetzt vor seinem ersten accept(). Der Kernel beantwortet Handshakes auf dem lauschenden Socket trotzdem.</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>accept-queue: chapters[1].title; backlog-full: chapters[0].title</extracomment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Client 2's connect() has returned: its handshake is complete and the connection waits in the accept queue, next to client 1's. Nobody has called accept() yet. The kernel's samples show the queue at 2 of backlog 1 + 1.</source>
        <extracomment>accept-queue: chapters[1].text</extracomment>
        <translation>connect() von Client 2 ist zurückgekehrt: sein Handshake ist fertig, und die Verbindung wartet in der Accept-Warteschlange neben der von Client 1. Noch hat niemand accept() aufgerufen. Die Stichproben des Kernels zeigen die Warteschlange bei 2 von Backlog 1 + 1.</translation>
    </message>
    <message>
        <source>Full: the SYN is dropped</source>
        <extracomment>accept-queue: chapters[2].title</extracomment>
        <translation>Voll: das SYN wird verworfen</translation>
    </message>
    <message>
        <source>The accept queue is full. Linux drops client 3's connection request without answering and counts it as a listen drop; client 3's connect() keeps waiting while its kernel prepares to send the request again.</source>
        <extracomment>accept-queue: chapters[2].text</extracomment>
        <translation>Die Accept-Warteschlange ist voll. Linux verwirft die Verbindungsanfrage von Client 3 ohne Antwort und zählt sie als Listen-Drop; connect() von Client 3 wartet weiter, während sein Kernel die Anfrage erneut vorbereitet.</translation>
    </message>
    <message>
        <source>accept() takes from the queue</source>
        <extracomment>accept-queue: chapters[3].title</extracomment>
        <translation>accept() nimmt aus der Warteschlange</translation>
    </message>
    <message>
        <source>The server woke up and called accept(): it returned at once with client 1's connection, which had waited in the queue. Each accept() makes room for one retried request.</source>
        <extracomment>accept-queue: chapters[3].text</extracomment>
        <translation>Der Server ist aufgewacht und hat accept() aufgerufen: es kehrte sofort mit der Verbindung von Client 1 zurück, die in der Warteschlange gewartet hatte. Jedes accept() macht Platz für eine wiederholte Anfrage.</translation>
    </message>
    <message>
        <source>The server sleeps 800 ms before its first accept(), with a backlog of 1. How many of the five clients' connect() calls have returned when it wakes up?</source>
        <extracomment>accept-queue: predict[0].question</extracomment>
        <translation>Der Server schläft 800 ms vor seinem ersten accept(), mit Backlog 1. Wie viele connect()-Aufrufe der fünf Clients sind zurückgekehrt, wenn er aufwacht?</translation>
    </message>
    <message>
        <source>None: connect() waits for accept()</source>
        <extracomment>accept-queue: predict[0].choices[0]</extracomment>
        <translation>Keiner: connect() wartet auf accept()</translation>
    </message>
    <message>
        <source>Two: backlog + 1 connections wait in the queue</source>
        <extracomment>accept-queue: predict[0].choices[1]</extracomment>
        <translation>Zwei: Backlog + 1 Verbindungen warten in der Warteschlange</translation>
    </message>
    <message>
        <source>All five</source>
        <extracomment>accept-queue: predict[0].choices[2]</extracomment>
        <translation>Alle fünf</translation>
    </message>
    <message>
        <source>connect() returns when the handshake is complete, and the kernel completes it without the server. Linux queues backlog + 1 finished connections; the requests of the others are dropped and sent again later.</source>
        <extracomment>accept-queue: predict[0].explanation</extracomment>
        <translation>connect() kehrt zurück, wenn der Handshake fertig ist, und den schließt der Kernel ohne den Server ab. Linux stellt Backlog + 1 fertige Verbindungen an; die Anfragen der anderen werden verworfen und später erneut gesendet.</translation>
    </message>
    <message>
        <source>What happens to client 3's connection request while the queue is full?</source>
        <extracomment>accept-queue: predict[1].question</extracomment>
        <translation>Was geschieht mit der Verbindungsanfrage von Client 3, solange die Warteschlange voll ist?</translation>
    </message>
    <message>
        <source>The kernel refuses it (ECONNREFUSED)</source>
        <extracomment>accept-queue: predict[1].choices[0]</extracomment>
        <translation>Der Kernel weist sie ab (ECONNREFUSED)</translation>
    </message>
    <message>
        <source>The kernel drops it; client 3 sends it again later</source>
        <extracomment>accept-queue: predict[1].choices[1]</extracomment>
        <translation>Der Kernel verwirft sie; Client 3 sendet sie später erneut</translation>
    </message>
    <message>
        <source>It waits in a second queue</source>
        <extracomment>accept-queue: predict[1].choices[2]</extracomment>
        <translation>Sie wartet in einer zweiten Warteschlange</translation>
    </message>
    <message>
        <source>Linux drops a SYN that finds the accept queue full and counts it (ListenDrops). The client retransmits after 1 s, 3 s, 7 s..., so its connect() just takes longer.</source>
        <extracomment>accept-queue: predict[1].explanation</extracomment>
        <translation>Linux verwirft ein SYN, das die Accept-Warteschlange voll vorfindet, und zählt es (ListenDrops). Der Client sendet es nach 1 s, 3 s, 7 s ... erneut, sein connect() dauert also nur länger.</translation>
    </message>
    <message>
        <source>asyncio: one blocking call stalls everyone</source>
        <extracomment>asyncio-blocking-call: title</extracomment>
        <translation>asyncio: ein blockierender Aufruf hält alle auf</translation>
    </message>
    <message>
        <source>asyncio</source>
        <extracomment>asyncio-blocking-call: topic; asyncio-echo: topic</extracomment>
        <translation>asyncio</translation>
    </message>
    <message>
        <source>The classic asyncio mistake, and its fix, side by side. Under asyncio the handler works on each request with time.sleep(1) instead of await asyncio.sleep(1); the variant asyncio-await runs the same clients with the sleep awaited. Client 1 sends a request; client 2 arrives a moment later with a quick question. A coroutine only gives the thread back at an await, and time.sleep() is none: the loop thread itself sleeps, epoll_wait() is not called, and client 2 is not even accepted until task 1's second is over. With await asyncio.sleep(1) task 1 is suspended on a timer of the loop, and the loop accepts client 2 at once. Compare asyncio and asyncio-await (sockscope-cli compare --models asyncio,asyncio-await, or tick both in the compare window), and with threaded, where the blocking sleep holds up only one worker thread, and epoll, where it stalls the loop just the same.</source>
        <extracomment>asyncio-blocking-call: description</extracomment>
        <translation>Der klassische asyncio-Fehler und seine Behebung nebeneinander. Unter asyncio arbeitet der Handler jede Anfrage mit time.sleep(1) statt mit await asyncio.sleep(1) ab; die Variante asyncio-await führt dieselben Clients mit erwartetem (await) Schlaf aus. Client 1 sendet eine Anfrage; Client 2 kommt einen Moment später mit einer kurzen Frage. Eine Koroutine gibt den Thread nur an einem await zurück, und time.sleep() ist keines: der Loop-Thread selbst schläft, epoll_wait() wird nicht aufgerufen, und Client 2 wird erst angenommen, wenn die Sekunde von Task 1 vorbei ist. Mit await asyncio.sleep(1) wird Task 1 an einem Timer der Schleife angehalten, und die Schleife nimmt Client 2 sofort an. Vergleichen Sie asyncio und asyncio-await (sockscope-cli compare --models asyncio,asyncio-await, oder beide im Vergleichsfenster ankreuzen), und mit threaded, wo der blockierende Schlaf nur einen Worker-Thread aufhält, und epoll, wo er die Schleife genauso anhält.</translation>
    </message>
    <message>
        <source>Task 1</source>
        <extracomment>asyncio-blocking-call: chapters[0].title; asyncio-blocking-call: chapters[1].title</extracomment>
        <translation>Task 1</translation>
    </message>
    <message>
        <source>Client 1 is in, and the loop made task 1 for it. Its handler calls time.sleep(1) for each request: a blocking call, not an await.</source>
        <extracomment>asyncio-blocking-call: chapters[0].text</extracomment>
        <translation>Client 1 ist drin, und die Schleife hat Task 1 für ihn erzeugt. Sein Handler ruft für jede Anfrage time.sleep(1) auf: ein blockierender Aufruf, kein await.</translation>
    </message>
    <message>
        <source>Client 1 is in, and the loop made task 1 for it. In this run the handler awaits asyncio.sleep(1) for each request: the coroutine will suspend while it works.</source>
        <extracomment>asyncio-blocking-call: chapters[1].text</extracomment>
        <translation>Client 1 ist drin, und die Schleife hat Task 1 für ihn angelegt. In diesem Lauf wartet der Handler bei jeder Anfrage mit await auf asyncio.sleep(1): die Koroutine wird angehalten, während sie arbeitet.</translation>
    </message>
    <message>
        <source>The classic mistake</source>
        <extracomment>asyncio-blocking-call: chapters[2].title</extracomment>
        <translation>Der klassische Fehler</translation>
    </message>
    <message>
        <source>Task 1 has its request and calls time.sleep(1). That is no await: the coroutine does not suspend, so the loop thread itself sleeps. No epoll_wait(), no other task, for a whole second: watch the main thread's lane stay empty while task 1's lane shows it running.</source>
        <extracomment>asyncio-blocking-call: chapters[2].text</extracomment>
        <translation>Task 1 hat seine Anfrage und ruft time.sleep(1) auf. Das ist kein await: Die Koroutine wird nicht angehalten, also schläft der Schleifen-Thread selbst. Kein epoll_wait(), kein anderer Task, eine ganze Sekunde lang: Die Spur des Haupt-Threads bleibt leer, während die Spur von Task 1 ihn laufend zeigt.</translation>
    </message>
    <message>
        <source>await asyncio.sleep(1)</source>
        <extracomment>asyncio-blocking-call: chapters[3].title</extracomment>
        <translation>await asyncio.sleep(1)</translation>
    </message>
    <message>
        <source>Task 1 has its request and awaits asyncio.sleep(1): it is suspended on a timer of the loop, and the loop thread goes back to epoll_wait(), with a timeout no later than the timer.</source>
        <extracomment>asyncio-blocking-call: chapters[3].text</extracomment>
        <translation>Task 1 hat seine Anfrage und wartet mit await auf asyncio.sleep(1): er ist an einem Timer der Schleife angehalten, und der Loop-Thread kehrt zu epoll_wait() zurück, mit einer Zeitgrenze nicht später als der Timer.</translation>
    </message>
    <message>
        <source>The same mistake in C</source>
        <extracomment>asyncio-blocking-call: chapters[4].title</extracomment>
        <translation>Derselbe Fehler in C</translation>
    </message>
    <message>
        <source>The handler sleeps a second in the loop thread. While it does, nobody else is served: the loop is not back in epoll_wait().</source>
        <extracomment>asyncio-blocking-call: chapters[4].text</extracomment>
        <translation>Der Handler schläft eine Sekunde im Schleifen-Thread. Solange er schläft, wird niemand sonst bedient: Die Schleife ist nicht zurück in epoll_wait().</translation>
    </message>
    <message>
        <source>A worker sleeps</source>
        <extracomment>asyncio-blocking-call: chapters[5].title</extracomment>
        <translation>Ein Worker schläft</translation>
    </message>
    <message>
        <source>Worker 1 sleeps a second on client 1's request. Only that thread sleeps: the main thread is back in accept().</source>
        <extracomment>asyncio-blocking-call: chapters[5].text</extracomment>
        <translation>Worker 1 schläft eine Sekunde über der Anfrage von Client 1. Nur dieser Thread schläft: Der Haupt-Thread ist zurück in accept().</translation>
    </message>
    <message>
        <source>Client 2 knocks</source>
        <extracomment>asyncio-blocking-call: chapters[6].title; one-slow-client: chapters[5].title</extracomment>
        <translation>Client 2 klopft an</translation>
    </message>
    <message>
        <source>Client 2's connect() has returned: the kernel finished the handshake and queued the connection. Is any part of the server able to accept it now?</source>
        <extracomment>asyncio-blocking-call: chapters[6].text</extracomment>
        <translation>connect() von Client 2 ist zurückgekehrt: Der Kernel hat den Handshake beendet und die Verbindung in die Warteschlange gestellt. Kann irgendein Teil des Servers sie jetzt annehmen?</translation>
    </message>
    <message>
        <source>Only now</source>
        <extracomment>asyncio-blocking-call: chapters[7].title; asyncio-blocking-call: chapters[8].title</extracomment>
        <translation>Erst jetzt</translation>
    </message>
    <message>
        <source>Only now is client 2 accepted: the one thread was asleep inside the handler's work. A blocking call in an event loop stalls every client. In asyncio the fix is to await: await asyncio.sleep(1) would suspend only task 1, and the loop would accept client 2 at once (compare the variant asyncio-await).</source>
        <extracomment>asyncio-blocking-call: chapters[7].text</extracomment>
        <translation>Erst jetzt wird Client 2 angenommen: Der eine Thread schlief in der Arbeit des Handlers. Ein blockierender Aufruf in einer Ereignisschleife hält jeden Client auf. In asyncio ist die Lösung await: await asyncio.sleep(1) würde nur Task 1 anhalten, und die Schleife würde Client 2 sofort annehmen (vergleiche die Variante asyncio-await).</translation>
    </message>
    <message>
        <source>Only now is client 2 accepted: the one thread was asleep inside the handler's work. A blocking call in an event loop stalls every client.</source>
        <extracomment>asyncio-blocking-call: chapters[8].text</extracomment>
        <translation>Erst jetzt wird Client 2 angenommen: der eine Thread schlief in der Arbeit des Handlers. Ein blockierender Aufruf in einer Ereignisschleife hält jeden Client auf.</translation>
    </message>
    <message>
        <source>Accepted at once</source>
        <extracomment>asyncio-blocking-call: chapters[9].title; asyncio-blocking-call: chapters[10].title</extracomment>
        <translation>Sofort angenommen</translation>
    </message>
    <message>
        <source>Client 2 is accepted while worker 1 still sleeps: a blocking call holds up only the thread that makes it.</source>
        <extracomment>asyncio-blocking-call: chapters[9].text</extracomment>
        <translation>Client 2 wird angenommen, während Worker 1 noch schläft: Ein blockierender Aufruf hält nur den Thread auf, der ihn macht.</translation>
    </message>
    <message>
        <source>Client 2 is accepted while task 1 still sleeps: its sleep is awaited, so the loop thread was back in epoll_wait(), which reported the listening socket. The loop makes task 2 for client 2 while task 1 still waits on its timer. Compare the run with blocking work: there client 2 waited until task 1's second was over.</source>
        <extracomment>asyncio-blocking-call: chapters[10].text</extracomment>
        <translation>Client 2 wird angenommen, während Task 1 noch schläft: sein Schlaf wird mit await erwartet, also war der Loop-Thread wieder in epoll_wait(), das den lauschenden Socket meldete. Die Schleife legt Task 2 für Client 2 an, während Task 1 noch auf seinen Timer wartet. Vergleichen Sie mit dem Lauf mit blockierender Arbeit: dort wartete Client 2, bis die Sekunde von Task 1 vorbei war.</translation>
    </message>
    <message>
        <source>Task 1 calls time.sleep(1) inside async def handle(). When is client 2 accepted?</source>
        <extracomment>asyncio-blocking-call: predict[0].question</extracomment>
        <translation>Task 1 ruft time.sleep(1) in async def handle() auf. Wann wird Client 2 angenommen?</translation>
    </message>
    <message>
        <source>At once: it gets a task of its own</source>
        <extracomment>asyncio-blocking-call: predict[0].choices[0]</extracomment>
        <translation>Sofort: Er bekommt einen eigenen Task</translation>
    </message>
    <message>
        <source>Only after task 1's second is over</source>
        <extracomment>asyncio-blocking-call: predict[0].choices[1]; asyncio-blocking-call: predict[2].choices[1]</extracomment>
        <translation>Erst wenn die Sekunde von Task 1 vorbei ist</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>asyncio-blocking-call: predict[0].choices[2]; asyncio-blocking-call: predict[2].choices[2]</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Tasks take turns on one thread, and a task gives the thread back only at an await. time.sleep() blocks the thread itself, so the loop cannot call epoll_wait() or accept() until it returns.</source>
        <extracomment>asyncio-blocking-call: predict[0].explanation</extracomment>
        <translation>Tasks wechseln sich auf einem Thread ab, und ein Task gibt den Thread nur bei einem await zurück. time.sleep() blockiert den Thread selbst, also kann die Schleife weder epoll_wait() noch accept() aufrufen, bis es zurückkehrt.</translation>
    </message>
    <message>
        <source>What would await asyncio.sleep(1) change?</source>
        <extracomment>asyncio-blocking-call: predict[1].question</extracomment>
        <translation>Was würde await asyncio.sleep(1) ändern?</translation>
    </message>
    <message>
        <source>Nothing: a sleep is a sleep</source>
        <extracomment>asyncio-blocking-call: predict[1].choices[0]</extracomment>
        <translation>Nichts: Schlaf ist Schlaf</translation>
    </message>
    <message>
        <source>Task 1 would be suspended, and the loop would serve client 2 meanwhile</source>
        <extracomment>asyncio-blocking-call: predict[1].choices[1]</extracomment>
        <translation>Task 1 würde angehalten, und die Schleife würde derweil Client 2 bedienen</translation>
    </message>
    <message>
        <source>The server would start a thread for client 2</source>
        <extracomment>asyncio-blocking-call: predict[1].choices[2]</extracomment>
        <translation>Der Server würde einen Thread für Client 2 starten</translation>
    </message>
    <message>
        <source>await asyncio.sleep() suspends the coroutine and leaves a timer with the loop; the loop thread goes back to epoll_wait() and serves the other tasks until the timer is due.</source>
        <extracomment>asyncio-blocking-call: predict[1].explanation</extracomment>
        <translation>await asyncio.sleep() hält die Koroutine an und hinterlässt der Schleife einen Timer; der Schleifen-Thread geht zurück zu epoll_wait() und bedient die anderen Tasks, bis der Timer fällig ist.</translation>
    </message>
    <message>
        <source>Task 1 awaits asyncio.sleep(1) inside async def handle(). When is client 2 accepted?</source>
        <extracomment>asyncio-blocking-call: predict[2].question</extracomment>
        <translation>Task 1 wartet in async def handle() mit await auf asyncio.sleep(1). Wann wird Client 2 angenommen?</translation>
    </message>
    <message>
        <source>At once: the loop is free while task 1 sleeps</source>
        <extracomment>asyncio-blocking-call: predict[2].choices[0]</extracomment>
        <translation>Sofort: die Schleife ist frei, während Task 1 schläft</translation>
    </message>
    <message>
        <source>await asyncio.sleep() suspends task 1 and leaves a timer with the loop. The loop thread goes back to epoll_wait(), which reports the listening socket when client 2 connects, and accepts it at once.</source>
        <extracomment>asyncio-blocking-call: predict[2].explanation</extracomment>
        <translation>await asyncio.sleep() hält Task 1 an und hinterlässt der Schleife einen Timer. Der Loop-Thread kehrt zu epoll_wait() zurück, das den lauschenden Socket meldet, sobald Client 2 sich verbindet, und nimmt ihn sofort an.</translation>
    </message>
    <message>
        <source>asyncio, await asyncio.sleep()</source>
        <extracomment>asyncio-blocking-call: variants[0].title</extracomment>
        <translation>asyncio, await asyncio.sleep()</translation>
    </message>
    <message>
        <source>asyncio: many clients, one thread, many tasks</source>
        <extracomment>asyncio-echo: title</extracomment>
        <translation>asyncio: viele Clients, ein Thread, viele Tasks</translation>
    </message>
    <message>
        <source>Twelve clients connect within a quarter of a second, wait a moment, send one line each and read the echo; the server works 0.4 s on every line. Under asyncio one thread runs an event loop over epoll, and every connection is a task: a coroutine running async def handle(reader, writer). A task that awaits (await reader.read(), await asyncio.sleep()) is suspended, and no thread waits for it. Its lane, nested under the main thread, shows the await; the main thread's lane shows the truth underneath: one epoll_wait() after another, and the short stretches in which it resumes a task. Compare with threaded (a thread per client, each blocked in recv()) and with epoll (one thread too, but its handler's work blocks everyone).</source>
        <extracomment>asyncio-echo: description</extracomment>
        <translation>Zwölf Clients verbinden sich innerhalb einer Viertelsekunde, warten einen Moment, schicken je eine Zeile und lesen das Echo; der Server arbeitet 0,4 s an jeder Zeile. Unter asyncio führt ein Thread eine Ereignisschleife über epoll aus, und jede Verbindung ist ein Task: eine Koroutine, die async def handle(reader, writer) ausführt. Ein Task, der wartet (await reader.read(), await asyncio.sleep()), ist angehalten, und kein Thread wartet auf ihn. Seine Spur unter dem Haupt-Thread zeigt das await; die Spur des Haupt-Threads zeigt die Wahrheit darunter: ein epoll_wait() nach dem anderen und die kurzen Abschnitte, in denen er einen Task fortsetzt. Vergleiche mit threaded (ein Thread pro Client, jeder blockiert in recv()) und mit epoll (auch ein Thread, aber die Arbeit seines Handlers blockiert alle).</translation>
    </message>
    <message>
        <source>The event loop</source>
        <extracomment>asyncio-echo: chapters[0].title</extracomment>
        <translation>Die Ereignisschleife</translation>
    </message>
    <message>
        <source>asyncio.run() started an event loop on the main thread. It registered the listening socket with epoll and now waits in epoll_wait(). There is no task yet.</source>
        <extracomment>asyncio-echo: chapters[0].text</extracomment>
        <translation>asyncio.run() hat eine Ereignisschleife auf dem Haupt-Thread gestartet. Sie hat den Listening-Socket bei epoll registriert und wartet jetzt in epoll_wait(). Es gibt noch keinen Task.</translation>
    </message>
    <message>
        <source>A task, not a thread</source>
        <extracomment>asyncio-echo: chapters[1].title</extracomment>
        <translation>Ein Task, kein Thread</translation>
    </message>
    <message>
        <source>A client connected. The loop accepted it and made task 1 to run handle(reader, writer) for it. Its lane sits under the main thread: a task has no thread of its own, it runs on the loop thread whenever the loop resumes it.</source>
        <extracomment>asyncio-echo: chapters[1].text</extracomment>
        <translation>Ein Client hat sich verbunden. Die Schleife hat ihn angenommen und Task 1 erzeugt, der handle(reader, writer) für ihn ausführt. Seine Spur liegt unter dem Haupt-Thread: Ein Task hat keinen eigenen Thread, er läuft auf dem Schleifen-Thread, immer wenn die Schleife ihn fortsetzt.</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <extracomment>asyncio-echo: chapters[2].title</extracomment>
        <translation>Warten mit await</translation>
    </message>
    <message>
        <source>Task 1's reader.read() found nothing yet (recv() said EAGAIN), so the task awaits: it is suspended, and nothing waits for it but an entry in epoll's interest list. The thread goes back to epoll_wait() for everyone.</source>
        <extracomment>asyncio-echo: chapters[2].text</extracomment>
        <translation>reader.read() von Task 1 hat noch nichts gefunden (recv() meldete EAGAIN), also wartet der Task mit await: Er ist angehalten, und nichts wartet auf ihn außer einem Eintrag in der Interessenliste von epoll. Der Thread geht für alle zurück zu epoll_wait().</translation>
    </message>
    <message>
        <source>Resumed</source>
        <extracomment>asyncio-echo: chapters[3].title</extracomment>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Task 1's client sent its line. epoll_wait() reported the socket, and the loop resumed task 1 right where it awaited: follow the arrow from the main thread's epoll_wait() to the task.</source>
        <extracomment>asyncio-echo: chapters[3].text</extracomment>
        <translation>Der Client von Task 1 hat seine Zeile geschickt. epoll_wait() hat den Socket gemeldet, und die Schleife hat Task 1 genau dort fortgesetzt, wo er wartete: Folge dem Pfeil vom epoll_wait() des Haupt-Threads zum Task.</translation>
    </message>
    <message>
        <source>await asyncio.sleep()</source>
        <extracomment>asyncio-echo: chapters[4].title</extracomment>
        <translation>await asyncio.sleep()</translation>
    </message>
    <message>
        <source>Task 1 works on the request with await asyncio.sleep(0.4): it is suspended on a timer of the loop. Meanwhile the same thread serves the other clients: watch the other tasks' lanes go to sleep too, all at once.</source>
        <extracomment>asyncio-echo: chapters[4].text</extracomment>
        <translation>Task 1 arbeitet an der Anfrage mit await asyncio.sleep(0.4): Er ist an einem Timer der Schleife angehalten. Derweil bedient derselbe Thread die anderen Clients: Sieh, wie die Spuren der anderen Tasks ebenfalls einschlafen, alle zugleich.</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>asyncio-echo: chapters[5].title</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Task 1's client closed, and task 1 returned: it is done. No thread ended; the loop thread goes on running the other tasks.</source>
        <extracomment>asyncio-echo: chapters[5].text</extracomment>
        <translation>Der Client von Task 1 hat geschlossen, und Task 1 ist zurückgekehrt: Er ist fertig. Kein Thread hat geendet; der Schleifen-Thread führt die anderen Tasks weiter aus.</translation>
    </message>
    <message>
        <source>A thread per client</source>
        <extracomment>asyncio-echo: chapters[6].title</extracomment>
        <translation>Ein Thread pro Client</translation>
    </message>
    <message>
        <source>The threaded server gives every connection a thread of its own, and each blocks in recv() and then in its work. Count the threads, and compare with the asyncio run: one thread for the same twelve clients.</source>
        <extracomment>asyncio-echo: chapters[6].text</extracomment>
        <translation>Der threaded-Server gibt jeder Verbindung einen eigenen Thread, und jeder blockiert in recv() und dann in seiner Arbeit. Zähle die Threads und vergleiche mit dem asyncio-Lauf: ein Thread für dieselben zwölf Clients.</translation>
    </message>
    <message>
        <source>One thread, blocking work</source>
        <extracomment>asyncio-echo: chapters[7].title</extracomment>
        <translation>Ein Thread, blockierende Arbeit</translation>
    </message>
    <message>
        <source>epoll's handler does its 0.4 s of work as a blocking sleep in the loop thread: while it works on this line, nobody else is served. The lines queue up and are answered one after another. asyncio awaits the same work instead.</source>
        <extracomment>asyncio-echo: chapters[7].text</extracomment>
        <translation>Der Handler von epoll erledigt seine 0,4 s Arbeit als blockierenden Schlaf im Schleifen-Thread: Solange er an dieser Zeile arbeitet, wird niemand sonst bedient. Die Zeilen stauen sich und werden nacheinander beantwortet. asyncio wartet dieselbe Arbeit stattdessen mit await ab.</translation>
    </message>
    <message>
        <source>How many threads does the asyncio server run for these twelve clients?</source>
        <extracomment>asyncio-echo: predict[0].question</extracomment>
        <translation>Wie viele Threads betreibt der asyncio-Server für diese zwölf Clients?</translation>
    </message>
    <message>
        <source>Twelve: one per task</source>
        <extracomment>asyncio-echo: predict[0].choices[0]</extracomment>
        <translation>Zwölf: einen pro Task</translation>
    </message>
    <message>
        <source>One</source>
        <extracomment>asyncio-echo: predict[0].choices[1]; partial-recv-framing: predict[0].choices[0]; thread-per-client-many: predict[0].choices[1]; three-clients: predict[0].choices[0]; three-clients: predict[2].choices[0]; udp-echo: predict[0].choices[0]; zombies: predict[0].choices[1]</extracomment>
        <translation>Einer</translation>
    </message>
    <message>
        <source>One per CPU core</source>
        <extracomment>asyncio-echo: predict[0].choices[2]; thread-per-client-many: predict[0].choices[2]</extracomment>
        <translation>Einen pro CPU-Kern</translation>
    </message>
    <message>
        <source>One thread runs the event loop. Each client is a task, a coroutine that the loop resumes when epoll_wait() reports its socket; a suspended task needs no thread.</source>
        <extracomment>asyncio-echo: predict[0].explanation</extracomment>
        <translation>Ein Thread führt die Ereignisschleife aus. Jeder Client ist ein Task, eine Koroutine, die die Schleife fortsetzt, wenn epoll_wait() ihren Socket meldet; ein angehaltener Task braucht keinen Thread.</translation>
    </message>
    <message>
        <source>Task 1 is in await asyncio.sleep(0.4). What does the loop thread do meanwhile?</source>
        <extracomment>asyncio-echo: predict[1].question</extracomment>
        <translation>Task 1 ist in await asyncio.sleep(0.4). Was macht der Schleifen-Thread derweil?</translation>
    </message>
    <message>
        <source>It sleeps too: the task holds it</source>
        <extracomment>asyncio-echo: predict[1].choices[0]</extracomment>
        <translation>Er schläft auch: Der Task hält ihn fest</translation>
    </message>
    <message>
        <source>It serves the other tasks and waits in epoll_wait()</source>
        <extracomment>asyncio-echo: predict[1].choices[1]</extracomment>
        <translation>Er bedient die anderen Tasks und wartet in epoll_wait()</translation>
    </message>
    <message>
        <source>It spins, asking every socket in turn</source>
        <extracomment>asyncio-echo: predict[1].choices[2]</extracomment>
        <translation>Er dreht sich im Kreis und fragt jeden Socket der Reihe nach</translation>
    </message>
    <message>
        <source>An await suspends only the task. The loop notes a timer and goes back to epoll_wait(), with a timeout no later than the deadline, so the other clients are served while task 1 sleeps.</source>
        <extracomment>asyncio-echo: predict[1].explanation</extracomment>
        <translation>Ein await hält nur den Task an. Die Schleife notiert einen Timer und geht zurück zu epoll_wait(), mit einem Timeout, der nicht später als die Frist endet; so werden die anderen Clients bedient, während Task 1 schläft.</translation>
    </message>
    <message>
        <source>A full listen backlog</source>
        <extracomment>backlog-full: title</extracomment>
        <translation>Ein voller Listen-Backlog</translation>
    </message>
    <message>
        <source>listen(fd, backlog) sets how many finished handshakes the kernel queues for a server that has not called accept() yet. Here the server is sequential with a backlog of 1 and client 1 keeps it busy, so clients 2 and 3 fill the queue (Linux queues backlog + 1). The lecture notes say the next connection is refused. Linux does something else: it silently drops the connection request, so client 4's and client 5's connect() keep waiting while their kernel resends the request after 1 s, 3 s, 7 s... They get in once the server accepts from the queue and a slot frees up. Nobody sees ECONNREFUSED; they just wait longer, in connect().</source>
        <extracomment>backlog-full: description</extracomment>
        <translation>listen(fd, backlog) legt fest, wie viele fertige Handshakes der Kernel für einen Server einreiht, der accept() noch nicht aufgerufen hat. Hier ist der Server sequenziell mit einem Backlog von 1, und Client 1 hält ihn beschäftigt, also füllen Client 2 und 3 die Warteschlange (Linux reiht Backlog + 1 ein). Die Vorlesungsnotizen sagen, die nächste Verbindung werde abgewiesen. Linux macht etwas anderes: Es verwirft die Verbindungsanfrage stillschweigend, also warten die connect()-Aufrufe von Client 4 und Client 5 weiter, während ihr Kernel die Anfrage nach 1 s, 3 s, 7 s ... erneut sendet. Sie kommen hinein, sobald der Server aus der Warteschlange annimmt und ein Platz frei wird. Niemand sieht ECONNREFUSED; sie warten nur länger, in connect().</translation>
    </message>
    <message>
        <source>The server is busy with client 1. Client 2's handshake completes in the kernel and waits in the backlog; its connect() has returned.</source>
        <extracomment>backlog-full: chapters[0].text</extracomment>
        <translation>Der Server ist mit Client 1 beschäftigt. Der Handshake von Client 2 wird im Kernel abgeschlossen und wartet im Backlog; sein connect() ist zurückgekehrt.</translation>
    </message>
    <message>
        <source>Dropped, not refused</source>
        <extracomment>backlog-full: chapters[1].title</extracomment>
        <translation>Verworfen, nicht abgewiesen</translation>
    </message>
    <message>
        <source>The queue is full. Linux ignores the connection requests that do not fit: a connect() that finds no room stays blocked while its kernel waits to try again.</source>
        <extracomment>backlog-full: chapters[1].text</extracomment>
        <translation>Die Warteschlange ist voll. Linux ignoriert die Verbindungsanfragen, die nicht hineinpassen: Ein connect(), das keinen Platz findet, bleibt blockiert, während sein Kernel auf den nächsten Versuch wartet.</translation>
    </message>
    <message>
        <source>SYN_SENT</source>
        <extracomment>backlog-full: chapters[2].title</extracomment>
        <translation>SYN_SENT</translation>
    </message>
    <message>
        <source>The kernel's sample shows a client's socket in SYN_SENT: it has sent its connection request (SYN) and has no answer yet. A client whose request was dropped stays so until its kernel sends it again and there is room.</source>
        <extracomment>backlog-full: chapters[2].text</extracomment>
        <translation>Die Stichprobe des Kernels zeigt den Socket eines Clients in SYN_SENT: er hat seine Verbindungsanfrage (SYN) gesendet und noch keine Antwort. Ein Client, dessen Anfrage verworfen wurde, bleibt so, bis sein Kernel sie erneut sendet und Platz ist.</translation>
    </message>
    <message>
        <source>Room again</source>
        <extracomment>backlog-full: chapters[3].title</extracomment>
        <translation>Wieder Platz</translation>
    </message>
    <message>
        <source>Client 1 finally speaks. Once the server is done with it, accept() takes the next connection from the queue, which makes room for a retried handshake.</source>
        <extracomment>backlog-full: chapters[3].text</extracomment>
        <translation>Client 1 spricht endlich. Sobald der Server mit ihm fertig ist, nimmt accept() die nächste Verbindung aus der Warteschlange, und das macht Platz für einen wiederholten Handshake.</translation>
    </message>
    <message>
        <source>On Linux, what does client 5's connect() do while the backlog is full?</source>
        <extracomment>backlog-full: predict[0].question</extracomment>
        <translation>Was tut das connect() von Client 5 unter Linux, solange der Backlog voll ist?</translation>
    </message>
    <message>
        <source>Fails with ECONNREFUSED</source>
        <extracomment>backlog-full: predict[0].choices[0]</extracomment>
        <translation>Es schlägt mit ECONNREFUSED fehl</translation>
    </message>
    <message>
        <source>Blocks and retries until there is room</source>
        <extracomment>backlog-full: predict[0].choices[1]</extracomment>
        <translation>Es blockiert und versucht es erneut, bis Platz ist</translation>
    </message>
    <message>
        <source>Succeeds, and the first send fails</source>
        <extracomment>backlog-full: predict[0].choices[2]</extracomment>
        <translation>Es gelingt, und das erste send schlägt fehl</translation>
    </message>
    <message>
        <source>Linux drops the SYN of a listener whose accept queue is full; the client retransmits it with growing pauses. Other systems may refuse instead.</source>
        <extracomment>backlog-full: predict[0].explanation</extracomment>
        <translation>Linux verwirft das SYN an einen Listener, dessen Accept-Warteschlange voll ist; der Client sendet es mit wachsenden Pausen erneut. Andere Systeme weisen die Verbindung eventuell stattdessen ab.</translation>
    </message>
    <message>
        <source>Many idle clients: the C10K problem</source>
        <extracomment>c10k-epoll: title</extracomment>
        <translation>Viele untätige Clients: das C10K-Problem</translation>
    </message>
    <message>
        <source>readiness</source>
        <extracomment>c10k-epoll: topic; select-readiness: topic; select-stdin: topic</extracomment>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>The C10K problem asks how one machine serves ten thousand connections at once. Most of them are idle most of the time, so a thread each is wasteful and select() cannot even hold descriptors above 1023. epoll keeps the interest list inside the kernel and epoll_wait() returns only the sockets that are ready, so the cost of a wake-up depends on how many are ready, not on how many are connected. This bundled version runs 1,000 clients so that it stays comfortable on a classroom laptop; the design target is 10,000: copy the file, set "repeat" to 10000, and raise the descriptor limit (each client needs two descriptors, see `ulimit -n`). poll() is listed too for comparison: it works, but hands the kernel the whole array on every call.</source>
        <extracomment>c10k-epoll: description</extracomment>
        <translation>Das C10K-Problem fragt, wie eine Maschine zehntausend Verbindungen gleichzeitig bedient. Die meisten davon sind die meiste Zeit untätig, also ist je ein Thread verschwenderisch, und select() kann Deskriptoren über 1023 nicht einmal aufnehmen. epoll hält die Interessenliste im Kernel, und epoll_wait() liefert nur die Sockets, die bereit sind, also hängen die Kosten eines Aufwachens davon ab, wie viele bereit sind, nicht davon, wie viele verbunden sind. Diese mitgelieferte Fassung lässt 1.000 Clients laufen, damit sie auf einem Laptop im Hörsaal bequem bleibt; das Entwurfsziel sind 10.000: Kopiere die Datei, setze "repeat" auf 10000 und erhöhe das Deskriptor-Limit (jeder Client braucht zwei Deskriptoren, siehe `ulimit -n`). poll() steht zum Vergleich ebenfalls in der Liste: Es funktioniert, übergibt dem Kernel aber bei jedem Aufruf das ganze Array.</translation>
    </message>
    <message>
        <source>Arriving</source>
        <extracomment>c10k-epoll: chapters[0].title</extracomment>
        <translation>Sie kommen an</translation>
    </message>
    <message>
        <source>A client connects every millisecond. Each accept() adds one socket to the interest list (epoll_ctl ADD, or one more entry in poll()'s array).</source>
        <extracomment>c10k-epoll: chapters[0].text</extracomment>
        <translation>Jede Millisekunde verbindet sich ein Client. Jedes accept() fügt der Interessenliste einen Socket hinzu (epoll_ctl ADD oder ein weiterer Eintrag im Array von poll()).</translation>
    </message>
    <message>
        <source>They speak</source>
        <extracomment>c10k-epoll: chapters[1].title</extracomment>
        <translation>Sie sprechen</translation>
    </message>
    <message>
        <source>The clients send, a few at a time. Each wait returns only the sockets that are ready; the rest stay idle and cost the server nothing but memory.</source>
        <extracomment>c10k-epoll: chapters[1].text</extracomment>
        <translation>Die Clients senden, wenige auf einmal. Jedes Warten liefert nur die Sockets, die bereit sind; der Rest bleibt untätig und kostet den Server nichts außer Speicher.</translation>
    </message>
    <message>
        <source>Why is select() not in this scenario's list of models?</source>
        <extracomment>c10k-epoll: predict[0].question</extracomment>
        <translation>Warum steht select() nicht in der Liste der Modelle dieses Szenarios?</translation>
    </message>
    <message>
        <source>It is too slow to start</source>
        <extracomment>c10k-epoll: predict[0].choices[0]</extracomment>
        <translation>Es startet zu langsam</translation>
    </message>
    <message>
        <source>An fd_set only holds descriptors below 1024 (FD_SETSIZE)</source>
        <extracomment>c10k-epoll: predict[0].choices[1]</extracomment>
        <translation>Ein fd_set fasst nur Deskriptoren unter 1024 (FD_SETSIZE)</translation>
    </message>
    <message>
        <source>select() cannot watch listening sockets</source>
        <extracomment>c10k-epoll: predict[0].choices[2]</extracomment>
        <translation>select() kann keine lauschenden Sockets beobachten</translation>
    </message>
    <message>
        <source>With a thousand clients the server's descriptors go past 1023, which select()'s fixed-size bit sets cannot represent. poll() and epoll have no such limit.</source>
        <extracomment>c10k-epoll: predict[0].explanation</extracomment>
        <translation>Mit tausend Clients gehen die Deskriptoren des Servers über 1023 hinaus, was die Bitmengen fester Größe von select() nicht darstellen können. poll() und epoll haben keine solche Grenze.</translation>
    </message>
    <message>
        <source>A leak in CLOSE_WAIT</source>
        <extracomment>close-wait-leak: title</extracomment>
        <translation>Ein Leck in CLOSE_WAIT</translation>
    </message>
    <message>
        <source>When a client closes, the server's recv() on that connection returns 0 bytes, and the kernel moves the server's end to CLOSE_WAIT: the peer has closed, and the kernel waits for this process to close too. This server has a bug: it stops watching a client that hung up but never calls close(). Each connection it forgets stays in CLOSE_WAIT and keeps its descriptor, so every new client gets a number none of the forgotten ones has given back, and the server's open descriptors pile up; a long-running server like this eventually runs out of descriptors (EMFILE). The kernel cannot clean up for the process: only close() ends CLOSE_WAIT. Here only the stop of the run closes them.</source>
        <extracomment>close-wait-leak: description</extracomment>
        <translation>Wenn ein Client schließt, liefert recv() des Servers auf dieser Verbindung 0 Bytes, und der Kernel setzt das Ende des Servers auf CLOSE_WAIT: die Gegenseite hat geschlossen, und der Kernel wartet, dass auch dieser Prozess schließt. Dieser Server hat einen Fehler: er beobachtet einen Client, der aufgelegt hat, nicht mehr, ruft aber nie close() auf. Jede vergessene Verbindung bleibt in CLOSE_WAIT und behält ihren Deskriptor, also bekommt jeder neue Client eine Nummer, die keine der vergessenen zurückgegeben hat, und die offenen Deskriptoren des Servers häufen sich; ein lange laufender Server wie dieser hat irgendwann keine Deskriptoren mehr (EMFILE). Der Kernel kann nicht für den Prozess aufräumen: nur close() beendet CLOSE_WAIT. Hier schließt sie erst das Ende des Laufs.</translation>
    </message>
    <message>
        <source>recv() returns 0, and nothing happens</source>
        <extracomment>close-wait-leak: chapters[0].title</extracomment>
        <translation>recv() liefert 0, und nichts passiert</translation>
    </message>
    <message>
        <source>Client 1 has closed: the server's recv() returned 0 bytes. A correct server now calls close(). This one just goes back to accept() and forgets the connection.</source>
        <extracomment>close-wait-leak: chapters[0].text</extracomment>
        <translation>Client 1 hat geschlossen: recv() des Servers lieferte 0 Bytes. Ein korrekter Server ruft jetzt close() auf. Dieser geht einfach zurück zu accept() und vergisst die Verbindung.</translation>
    </message>
    <message>
        <source>CLOSE_WAIT</source>
        <extracomment>close-wait-leak: chapters[1].title</extracomment>
        <translation>CLOSE_WAIT</translation>
    </message>
    <message>
        <source>The kernel's sample shows the server's end of a connection in CLOSE_WAIT: the peer has closed, this process has not. It stays so until the process closes the descriptor or exits.</source>
        <extracomment>close-wait-leak: chapters[1].text</extracomment>
        <translation>Die Stichprobe des Kernels zeigt das Ende des Servers einer Verbindung in CLOSE_WAIT: die Gegenseite hat geschlossen, dieser Prozess nicht. Das bleibt so, bis der Prozess den Deskriptor schließt oder endet.</translation>
    </message>
    <message>
        <source>The descriptors pile up</source>
        <extracomment>close-wait-leak: chapters[2].title</extracomment>
        <translation>Die Deskriptoren häufen sich</translation>
    </message>
    <message>
        <source>Client 3's connection gets yet another descriptor number: the forgotten connections still hold theirs. The socket lanes show one connection in CLOSE_WAIT per client that has left.</source>
        <extracomment>close-wait-leak: chapters[2].text</extracomment>
        <translation>Die Verbindung von Client 3 bekommt wieder eine neue Deskriptornummer: die vergessenen Verbindungen halten ihre noch. Die Socket-Bahnen zeigen eine Verbindung in CLOSE_WAIT für jeden Client, der gegangen ist.</translation>
    </message>
    <message>
        <source>The server never closes a connection whose client has closed. What does the kernel do with the server's end?</source>
        <extracomment>close-wait-leak: predict[0].question</extracomment>
        <translation>Der Server schließt nie eine Verbindung, deren Client geschlossen hat. Was macht der Kernel mit dem Ende des Servers?</translation>
    </message>
    <message>
        <source>Closes it after a timeout</source>
        <extracomment>close-wait-leak: predict[0].choices[0]</extracomment>
        <translation>Schließt es nach einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Keeps it in CLOSE_WAIT until the process closes it</source>
        <extracomment>close-wait-leak: predict[0].choices[1]</extracomment>
        <translation>Hält es in CLOSE_WAIT, bis der Prozess es schließt</translation>
    </message>
    <message>
        <source>Reuses it for the next client</source>
        <extracomment>close-wait-leak: predict[0].choices[2]</extracomment>
        <translation>Verwendet es für den nächsten Client wieder</translation>
    </message>
    <message>
        <source>CLOSE_WAIT has no timeout: the kernel waits for the application. Only close() (or the process exiting) sends the server's FIN and lets the connection end.</source>
        <extracomment>close-wait-leak: predict[0].explanation</extracomment>
        <translation>CLOSE_WAIT hat keine Zeitgrenze: der Kernel wartet auf die Anwendung. Erst close() (oder das Ende des Prozesses) sendet das FIN des Servers und lässt die Verbindung enden.</translation>
    </message>
    <message>
        <source>Connection refused: nobody is listening</source>
        <extracomment>connection-refused: title</extracomment>
        <translation>Verbindung abgewiesen: Niemand lauscht</translation>
    </message>
    <message>
        <source>errors</source>
        <extracomment>connection-refused: topic; port-in-use: topic; time-wait-reuseaddr: topic</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>A client can only connect where a socket is listening. Client 1 dials a port on 127.0.0.1 where nothing listens (SockScope reserves one for it); the kernel answers the connection request with a reset and connect() fails with ECONNREFUSED, which Python raises as ConnectionRefusedError. It is immediate: there is nobody to wait for. Client 2 dials the real server and is served. The lecture notes say a full listen backlog also refuses connections; Linux does not, see the backlog-full scenario.</source>
        <extracomment>connection-refused: description</extracomment>
        <translation>Ein Client kann sich nur dort verbinden, wo ein Socket lauscht. Client 1 wählt einen Port auf 127.0.0.1, an dem nichts lauscht (SockScope reserviert einen dafür); der Kernel beantwortet die Verbindungsanfrage mit einem Reset, und connect() schlägt mit ECONNREFUSED fehl, was Python als ConnectionRefusedError auslöst. Das geht sofort: Es gibt niemanden, auf den man warten müsste. Client 2 wählt den echten Server und wird bedient. Die Vorlesungsnotizen sagen, ein voller Listen-Backlog weise Verbindungen ebenfalls ab; Linux tut das nicht, siehe das Szenario backlog-full.</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>connection-refused: chapters[0].title</extracomment>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Client 1's connect() returned at once with ECONNREFUSED: no socket listens on that port, so the kernel answered the handshake with a reset.</source>
        <extracomment>connection-refused: chapters[0].text</extracomment>
        <translation>Das connect() von Client 1 kehrte sofort mit ECONNREFUSED zurück: Kein Socket lauscht an diesem Port, also beantwortete der Kernel den Handshake mit einem Reset.</translation>
    </message>
    <message>
        <source>The right port</source>
        <extracomment>connection-refused: chapters[1].title</extracomment>
        <translation>Der richtige Port</translation>
    </message>
    <message>
        <source>Client 2 connects to the port the server listens on and is served normally.</source>
        <extracomment>connection-refused: chapters[1].text</extracomment>
        <translation>Client 2 verbindet sich mit dem Port, an dem der Server lauscht, und wird normal bedient.</translation>
    </message>
    <message>
        <source>How long does client 1's connect() take to fail?</source>
        <extracomment>connection-refused: predict[0].question</extracomment>
        <translation>Wie lange braucht das connect() von Client 1, bis es fehlschlägt?</translation>
    </message>
    <message>
        <source>Almost no time: the reset comes back at once</source>
        <extracomment>connection-refused: predict[0].choices[0]</extracomment>
        <translation>Fast keine Zeit: Der Reset kommt sofort zurück</translation>
    </message>
    <message>
        <source>About a minute, until it times out</source>
        <extracomment>connection-refused: predict[0].choices[1]</extracomment>
        <translation>Etwa eine Minute, bis zur Zeitüberschreitung</translation>
    </message>
    <message>
        <source>It never returns</source>
        <extracomment>connection-refused: predict[0].choices[2]</extracomment>
        <translation>Es kehrt nie zurück</translation>
    </message>
    <message>
        <source>On a reachable machine with nothing listening, the kernel answers with a reset straight away. Timeouts happen when nothing answers at all.</source>
        <extracomment>connection-refused: predict[0].explanation</extracomment>
        <translation>Auf einer erreichbaren Maschine, an der nichts lauscht, antwortet der Kernel sofort mit einem Reset. Zeitüberschreitungen gibt es, wenn überhaupt nichts antwortet.</translation>
    </message>
    <message>
        <source>Noticing that a client has gone</source>
        <extracomment>disconnect: title</extracomment>
        <translation>Bemerken, dass ein Client gegangen ist</translation>
    </message>
    <message>
        <source>There is no message that says goodbye: a socket learns that its peer has hung up when recv() returns 0 bytes. Client 1 connects and leaves without a word; the server's recv() for it returns 0, the server closes its socket and, in a readiness loop, removes it from the set it watches (the sockets_list and clients map of the lecture notes). Client 2 shows a politer ending: after its request it calls shutdown(SHUT_WR) to say I am done sending, and it still reads the server's reply before closing.</source>
        <extracomment>disconnect: description</extracomment>
        <translation>Es gibt keine Nachricht, die Auf Wiedersehen sagt: Ein Socket erfährt, dass seine Gegenseite aufgelegt hat, wenn recv() 0 Bytes liefert. Client 1 verbindet sich und geht ohne ein Wort; das recv() des Servers für ihn liefert 0, der Server schließt seinen Socket und entfernt ihn in einer Bereitschaftsschleife aus der Menge, die er beobachtet (sockets_list und die clients-Map der Vorlesungsnotizen). Client 2 zeigt ein höflicheres Ende: Nach seiner Anfrage ruft er shutdown(SHUT_WR) auf, um zu sagen: Ich sende nichts mehr, und liest trotzdem noch die Antwort des Servers, bevor er schließt.</translation>
    </message>
    <message>
        <source>recv() returns 0</source>
        <extracomment>disconnect: chapters[0].title</extracomment>
        <translation>recv() liefert 0</translation>
    </message>
    <message>
        <source>Client 1 closed without sending anything. The server's recv() on its socket returned 0 bytes: that is the only way to learn the peer is gone. The server closes its end too.</source>
        <extracomment>disconnect: chapters[0].text</extracomment>
        <translation>Client 1 hat geschlossen, ohne etwas zu senden. Das recv() des Servers auf seinem Socket lieferte 0 Bytes: Nur so erfährt man, dass die Gegenseite weg ist. Der Server schließt sein Ende ebenfalls.</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <extracomment>disconnect: chapters[1].title; time-wait-reuseaddr: chapters[1].title</extracomment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>The kernel's sample shows a socket in TIME_WAIT: the side that closed first (here a client) keeps its end for a while after close(), so that late packets of the old connection cannot be taken for a new one.</source>
        <extracomment>disconnect: chapters[1].text</extracomment>
        <translation>Die Stichprobe des Kernels zeigt einen Socket in TIME_WAIT: die Seite, die zuerst geschlossen hat (hier ein Client), behält ihr Ende nach close() noch eine Weile, damit verspätete Pakete der alten Verbindung nicht für eine neue gehalten werden.</translation>
    </message>
    <message>
        <source>Half-close</source>
        <extracomment>disconnect: chapters[2].title</extracomment>
        <translation>Halbes Schließen</translation>
    </message>
    <message>
        <source>Client 2 sent its request and then shut down its sending side. The server reads the request, then a 0-byte recv() (no more data will come), but it can still send its answer.</source>
        <extracomment>disconnect: chapters[2].text</extracomment>
        <translation>Client 2 hat seine Anfrage gesendet und dann seine Senderichtung geschlossen. Der Server liest die Anfrage, dann ein recv() mit 0 Bytes (es kommen keine Daten mehr), kann aber seine Antwort noch senden.</translation>
    </message>
    <message>
        <source>Client 1 closes without sending. What does the server's recv() on its socket do?</source>
        <extracomment>disconnect: predict[0].question</extracomment>
        <translation>Client 1 schließt, ohne zu senden. Was tut das recv() des Servers auf seinem Socket?</translation>
    </message>
    <message>
        <source>Blocks forever</source>
        <extracomment>disconnect: predict[0].choices[0]</extracomment>
        <translation>Es blockiert für immer</translation>
    </message>
    <message>
        <source>Returns 0 bytes</source>
        <extracomment>disconnect: predict[0].choices[1]; nonblocking-eagain: predict[0].choices[1]</extracomment>
        <translation>Es liefert 0 Bytes</translation>
    </message>
    <message>
        <source>Raises an error</source>
        <extracomment>disconnect: predict[0].choices[2]</extracomment>
        <translation>Es meldet einen Fehler</translation>
    </message>
    <message>
        <source>An orderly close (FIN) makes recv() return 0 bytes. Only an abortive close (RST) gives an error, ECONNRESET.</source>
        <extracomment>disconnect: predict[0].explanation</extracomment>
        <translation>Ein geordnetes Schließen (FIN) lässt recv() 0 Bytes liefern. Nur ein abbrechendes Schließen (RST) ergibt einen Fehler, ECONNRESET.</translation>
    </message>
    <message>
        <source>Echo until the client says q</source>
        <extracomment>echo-until-quit: title</extracomment>
        <translation>Echo, bis der Client q sagt</translation>
    </message>
    <message>
        <source>blocking</source>
        <extracomment>echo-until-quit: topic; one-slow-client: topic; send-buffer-full: topic; you-are-the-scheduler: topic</extracomment>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>The classic echo server: it keeps one connection open, answers every message, and hangs up when the client sends the single letter q. Client 1 has a short conversation; client 2 arrives meanwhile with one line of its own. Notice that the server's recv() loop for client 1 is what keeps client 2 waiting under the sequential model, and that after q it is the server that closes first: the client's next recv() returns 0 bytes, which is how a socket says the other side has hung up.</source>
        <extracomment>echo-until-quit: description</extracomment>
        <translation>Der klassische Echo-Server: Er hält eine Verbindung offen, beantwortet jede Nachricht und legt auf, wenn der Client den einzelnen Buchstaben q sendet. Client 1 führt ein kurzes Gespräch; Client 2 kommt währenddessen mit einer eigenen Zeile an. Beachte, dass es die recv()-Schleife des Servers für Client 1 ist, die Client 2 im sequenziellen Modell warten lässt, und dass nach q der Server zuerst schließt: Das nächste recv() des Clients liefert 0 Bytes, und so sagt ein Socket, dass die andere Seite aufgelegt hat.</translation>
    </message>
    <message>
        <source>A conversation</source>
        <extracomment>echo-until-quit: chapters[0].title</extracomment>
        <translation>Ein Gespräch</translation>
    </message>
    <message>
        <source>The server got the first message. It answers and goes back to recv() on the same connection.</source>
        <extracomment>echo-until-quit: chapters[0].text</extracomment>
        <translation>Der Server hat die erste Nachricht erhalten. Er antwortet und kehrt zu recv() auf derselben Verbindung zurück.</translation>
    </message>
    <message>
        <source>q</source>
        <extracomment>echo-until-quit: chapters[1].title</extracomment>
        <translation>q</translation>
    </message>
    <message>
        <source>Client 1 sends q. The server closes its end of the connection; the client, in recv(), gets 0 bytes: the conversation is over.</source>
        <extracomment>echo-until-quit: chapters[1].text</extracomment>
        <translation>Client 1 sendet q. Der Server schließt sein Ende der Verbindung; der Client in recv() bekommt 0 Bytes: Das Gespräch ist vorbei.</translation>
    </message>
    <message>
        <source>What does client 1's last recv() return after it sent q?</source>
        <extracomment>echo-until-quit: predict[0].question</extracomment>
        <translation>Was liefert das letzte recv() von Client 1, nachdem er q gesendet hat?</translation>
    </message>
    <message>
        <source>The echo "q"</source>
        <extracomment>echo-until-quit: predict[0].choices[0]</extracomment>
        <translation>Das Echo "q"</translation>
    </message>
    <message>
        <source>0 bytes: the server has closed the connection</source>
        <extracomment>echo-until-quit: predict[0].choices[1]</extracomment>
        <translation>0 Bytes: Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>It blocks forever</source>
        <extracomment>echo-until-quit: predict[0].choices[2]</extracomment>
        <translation>Es blockiert für immer</translation>
    </message>
    <message>
        <source>On q the server closes instead of replying. A recv() on a connection the peer has closed returns 0 bytes, never blocks.</source>
        <extracomment>echo-until-quit: predict[0].explanation</extracomment>
        <translation>Auf q schließt der Server, statt zu antworten. Ein recv() auf einer Verbindung, die die Gegenseite geschlossen hat, liefert 0 Bytes und blockiert nie.</translation>
    </message>
    <message>
        <source>Non-blocking sockets: EAGAIN everywhere</source>
        <extracomment>nonblocking-eagain: title</extracomment>
        <translation>Nicht blockierende Sockets: überall EAGAIN</translation>
    </message>
    <message>
        <source>non-blocking</source>
        <extracomment>nonblocking-eagain: topic</extracomment>
        <translation>nicht blockierend</translation>
    </message>
    <message>
        <source>A non-blocking socket never puts its caller to sleep: when accept() has no connection waiting or recv() has no data, the call returns at once with the error EAGAIN (Python raises BlockingIOError). This server tries all its sockets in a loop and so never blocks, but look at how many would_block marks it leaves while the two clients take their time: it spins, asking again and again. That wasted work is why real servers pair non-blocking sockets with select(), poll() or epoll, which sleep until something is ready.</source>
        <extracomment>nonblocking-eagain: description</extracomment>
        <translation>Ein nicht blockierender Socket legt seinen Aufrufer nie schlafen: Wenn bei accept() keine Verbindung wartet oder recv() keine Daten hat, kehrt der Aufruf sofort mit dem Fehler EAGAIN zurück (Python löst BlockingIOError aus). Dieser Server probiert alle seine Sockets in einer Schleife durch und blockiert daher nie, aber sieh, wie viele would_block-Marken er hinterlässt, während sich die beiden Clients Zeit lassen: Er dreht sich im Kreis und fragt wieder und wieder. Diese verschwendete Arbeit ist der Grund, warum echte Server nicht blockierende Sockets mit select(), poll() oder epoll kombinieren, die schlafen, bis etwas bereit ist.</translation>
    </message>
    <message>
        <source>Nobody there</source>
        <extracomment>nonblocking-eagain: chapters[0].title</extracomment>
        <translation>Niemand da</translation>
    </message>
    <message>
        <source>accept() on a non-blocking listening socket: no connection was waiting, so it failed at once with EAGAIN. The loop tries again.</source>
        <extracomment>nonblocking-eagain: chapters[0].text</extracomment>
        <translation>accept() auf einem nicht blockierenden lauschenden Socket: Keine Verbindung wartete, also schlug es sofort mit EAGAIN fehl. Die Schleife versucht es erneut.</translation>
    </message>
    <message>
        <source>Spinning</source>
        <extracomment>nonblocking-eagain: chapters[1].title</extracomment>
        <translation>Im Kreis drehen</translation>
    </message>
    <message>
        <source>Client 1 is connected but silent. recv() on its socket fails with EAGAIN each time round; the server burns CPU asking.</source>
        <extracomment>nonblocking-eagain: chapters[1].text</extracomment>
        <translation>Client 1 ist verbunden, schweigt aber. recv() auf seinem Socket schlägt bei jeder Runde mit EAGAIN fehl; der Server verbrennt CPU-Zeit mit Fragen.</translation>
    </message>
    <message>
        <source>Data at last</source>
        <extracomment>nonblocking-eagain: chapters[2].title</extracomment>
        <translation>Endlich Daten</translation>
    </message>
    <message>
        <source>Client 1's line was in the socket buffer: this recv() succeeded at once.</source>
        <extracomment>nonblocking-eagain: chapters[2].text</extracomment>
        <translation>Die Zeile von Client 1 lag im Socket-Puffer: Dieses recv() gelang sofort.</translation>
    </message>
    <message>
        <source>What does recv() on a non-blocking socket do when no data has arrived?</source>
        <extracomment>nonblocking-eagain: predict[0].question</extracomment>
        <translation>Was tut recv() auf einem nicht blockierenden Socket, wenn keine Daten angekommen sind?</translation>
    </message>
    <message>
        <source>Waits for data</source>
        <extracomment>nonblocking-eagain: predict[0].choices[0]</extracomment>
        <translation>Es wartet auf Daten</translation>
    </message>
    <message>
        <source>Fails at once with EAGAIN (BlockingIOError)</source>
        <extracomment>nonblocking-eagain: predict[0].choices[2]</extracomment>
        <translation>Es schlägt sofort mit EAGAIN fehl (BlockingIOError)</translation>
    </message>
    <message>
        <source>0 bytes would mean the peer has closed. No data yet is a different answer: EAGAIN, try again later.</source>
        <extracomment>nonblocking-eagain: predict[0].explanation</extracomment>
        <translation>0 Bytes würden bedeuten, dass die Gegenseite geschlossen hat. Noch keine Daten ist eine andere Antwort: EAGAIN, versuche es später erneut.</translation>
    </message>
    <message>
        <source>One slow client holds up everyone</source>
        <extracomment>one-slow-client: title</extracomment>
        <translation>Ein langsamer Client hält alle auf</translation>
    </message>
    <message>
        <source>Client 1 connects and then takes two seconds before it says anything. Client 2 arrives a moment later with a quick question. A sequential server is stuck inside recv() waiting for client 1, so client 2 sits in the listen queue and is not even accepted until client 1 is finished. A threaded, forking or readiness-loop server accepts client 2 at once and answers it while client 1 is still thinking.</source>
        <extracomment>one-slow-client: description</extracomment>
        <translation>Client 1 verbindet sich und lässt sich dann zwei Sekunden Zeit, bevor er etwas sagt. Client 2 kommt einen Moment später mit einer kurzen Frage. Ein sequenzieller Server steckt in recv() fest und wartet auf Client 1, also sitzt Client 2 in der Listen-Warteschlange und wird nicht einmal angenommen, bis Client 1 fertig ist. Ein Server mit Threads, mit Kindprozessen oder mit Bereitschaftsschleife nimmt Client 2 sofort an und antwortet ihm, während Client 1 noch überlegt.</translation>
    </message>
    <message>
        <source>Waiting in accept()</source>
        <extracomment>one-slow-client: chapters[0].title</extracomment>
        <translation>Warten in accept()</translation>
    </message>
    <message>
        <source>The server has called accept() on its listening socket. If no connection is in the queue, it sleeps in the kernel until someone connects; the CPU is free.</source>
        <extracomment>one-slow-client: chapters[0].text</extracomment>
        <translation>Der Server hat accept() auf seinem lauschenden Socket aufgerufen. Wenn keine Verbindung in der Warteschlange ist, schläft er im Kernel, bis sich jemand verbindet; die CPU ist frei.</translation>
    </message>
    <message>
        <source>Waiting for readiness</source>
        <extracomment>one-slow-client: chapters[1].title</extracomment>
        <translation>Warten auf Bereitschaft</translation>
    </message>
    <message>
        <source>The server asks the kernel which of its sockets are ready and sleeps until one is. So far it watches only the listening socket.</source>
        <extracomment>one-slow-client: chapters[1].text</extracomment>
        <translation>Der Server fragt den Kernel, welche seiner Sockets bereit sind, und schläft, bis einer es ist. Bisher beobachtet er nur den lauschenden Socket.</translation>
    </message>
    <message>
        <source>Asking, not waiting</source>
        <extracomment>one-slow-client: chapters[2].title</extracomment>
        <translation>Fragen statt warten</translation>
    </message>
    <message>
        <source>The non-blocking accept() found nobody and failed at once with EAGAIN. The loop will ask again, and again.</source>
        <extracomment>one-slow-client: chapters[2].text</extracomment>
        <translation>Das nicht blockierende accept() fand niemanden und schlug sofort mit EAGAIN fehl. Die Schleife wird wieder fragen, und wieder.</translation>
    </message>
    <message>
        <source>Client 1 is in</source>
        <extracomment>one-slow-client: chapters[3].title</extracomment>
        <translation>Client 1 ist drin</translation>
    </message>
    <message>
        <source>accept() returned a new socket for client 1. Client 1 has not sent anything yet: watch where the server waits now.</source>
        <extracomment>one-slow-client: chapters[3].text</extracomment>
        <translation>accept() lieferte einen neuen Socket für Client 1. Client 1 hat noch nichts gesendet: Achte darauf, wo der Server jetzt wartet.</translation>
    </message>
    <message>
        <source>Task 1 awaits</source>
        <extracomment>one-slow-client: chapters[4].title</extracomment>
        <translation>Task 1 wartet mit await</translation>
    </message>
    <message>
        <source>Client 1 has said nothing yet, so task 1's reader.read() awaits: the task is suspended, and the loop thread is free. It goes back to epoll_wait(), watching the listening socket too.</source>
        <extracomment>one-slow-client: chapters[4].text</extracomment>
        <translation>Client 1 hat noch nichts gesagt, also wartet reader.read() von Task 1 mit await: Der Task ist angehalten, und der Schleifen-Thread ist frei. Er geht zurück zu epoll_wait() und beobachtet auch den Listening-Socket.</translation>
    </message>
    <message>
        <source>Client 2's connect() has returned: the kernel finished the handshake and put the connection in the listen queue. Does the server notice? Only if some part of it is waiting in accept() or watching the listening socket right now.</source>
        <extracomment>one-slow-client: chapters[5].text</extracomment>
        <translation>Das connect() von Client 2 ist zurückgekehrt: Der Kernel hat den Handshake abgeschlossen und die Verbindung in die Listen-Warteschlange gestellt. Bemerkt der Server es? Nur wenn ein Teil von ihm gerade in accept() wartet oder den lauschenden Socket beobachtet.</translation>
    </message>
    <message>
        <source>Client 2 is accepted</source>
        <extracomment>one-slow-client: chapters[6].title</extracomment>
        <translation>Client 2 wird angenommen</translation>
    </message>
    <message>
        <source>The server takes client 2 out of the queue. Compare the moment with client 1's silence: did client 2 have to wait for client 1?</source>
        <extracomment>one-slow-client: chapters[6].text</extracomment>
        <translation>Der Server nimmt Client 2 aus der Warteschlange. Vergleiche den Zeitpunkt mit dem Schweigen von Client 1: Musste Client 2 auf Client 1 warten?</translation>
    </message>
    <message>
        <source>Client 1 speaks</source>
        <extracomment>one-slow-client: chapters[7].title; one-slow-client: chapters[8].title</extracomment>
        <translation>Client 1 spricht</translation>
    </message>
    <message>
        <source>Client 1 finally sends its line: this is what the server was stuck on. Only once it is done with client 1 will it accept client 2, who has waited all this time.</source>
        <extracomment>one-slow-client: chapters[7].text</extracomment>
        <translation>Client 1 sendet endlich seine Zeile: Darauf hat der Server festgesteckt. Erst wenn er mit Client 1 fertig ist, nimmt er Client 2 an, der die ganze Zeit gewartet hat.</translation>
    </message>
    <message>
        <source>Client 1 finally sends its line. Client 2 was served long before: nobody waited for client 1.</source>
        <extracomment>one-slow-client: chapters[8].text</extracomment>
        <translation>Client 1 sendet endlich seine Zeile. Client 2 wurde längst bedient: Niemand hat auf Client 1 gewartet.</translation>
    </message>
    <message>
        <source>Under the sequential model, when is client 2 accepted?</source>
        <extracomment>one-slow-client: predict[0].question</extracomment>
        <translation>Wann wird Client 2 im sequenziellen Modell angenommen?</translation>
    </message>
    <message>
        <source>Immediately, at about 200 ms</source>
        <extracomment>one-slow-client: predict[0].choices[0]</extracomment>
        <translation>Sofort, nach etwa 200 ms</translation>
    </message>
    <message>
        <source>Only after the server is done with client 1</source>
        <extracomment>one-slow-client: predict[0].choices[1]</extracomment>
        <translation>Erst wenn der Server mit Client 1 fertig ist</translation>
    </message>
    <message>
        <source>Never: it is refused</source>
        <extracomment>one-slow-client: predict[0].choices[2]</extracomment>
        <translation>Nie: Er wird abgewiesen</translation>
    </message>
    <message>
        <source>One thread can only wait in one place. While it is blocked in recv() for client 1, nobody calls accept(); client 2's connection waits in the kernel's listen queue.</source>
        <extracomment>one-slow-client: predict[0].explanation</extracomment>
        <translation>Ein Thread kann nur an einer Stelle warten. Solange er in recv() für Client 1 blockiert ist, ruft niemand accept() auf; die Verbindung von Client 2 wartet in der Listen-Warteschlange des Kernels.</translation>
    </message>
    <message>
        <source>Does client 2's connect() itself have to wait for client 1?</source>
        <extracomment>one-slow-client: predict[1].question</extracomment>
        <translation>Muss das connect() von Client 2 selbst auf Client 1 warten?</translation>
    </message>
    <message>
        <source>Yes, connect() blocks until the server calls accept()</source>
        <extracomment>one-slow-client: predict[1].choices[0]</extracomment>
        <translation>Ja, connect() blockiert, bis der Server accept() aufruft</translation>
    </message>
    <message>
        <source>No, the kernel completes the handshake on its own</source>
        <extracomment>one-slow-client: predict[1].choices[1]</extracomment>
        <translation>Nein, der Kernel schließt den Handshake selbst ab</translation>
    </message>
    <message>
        <source>The three-way handshake is done by the kernel as long as there is room in the listen backlog. accept() only hands out connections that are already established.</source>
        <extracomment>one-slow-client: predict[1].explanation</extracomment>
        <translation>Den Drei-Wege-Handshake erledigt der Kernel, solange im Listen-Backlog Platz ist. accept() gibt nur Verbindungen heraus, die bereits aufgebaut sind.</translation>
    </message>
    <message>
        <source>One recv() is not one message</source>
        <extracomment>partial-recv-framing: title</extracomment>
        <translation>Ein recv() ist nicht eine Nachricht</translation>
    </message>
    <message>
        <source>framing</source>
        <extracomment>partial-recv-framing: topic</extracomment>
        <translation>Rahmung</translation>
    </message>
    <message>
        <source>TCP carries a stream of bytes, not messages. send() and recv() each move whatever fits in the buffers and return how many bytes they handled, so a message can arrive in several pieces, or two messages in one recv(). A protocol must say where a message ends: a fixed length, a delimiter, a length prefix, or the end of the connection. Here the server reads with a tiny 8-byte buffer and frames messages by a newline. Client 1 sends one line in three pieces, pausing between them: the server needs many recv() calls and only answers once the newline has arrived. Client 2 sends its line in one go with send_framed, which adds the delimiter for it.</source>
        <extracomment>partial-recv-framing: description</extracomment>
        <translation>TCP trägt einen Strom von Bytes, keine Nachrichten. send() und recv() bewegen jeweils, was in die Puffer passt, und liefern, wie viele Bytes sie behandelt haben, also kann eine Nachricht in mehreren Stücken ankommen, oder zwei Nachrichten in einem recv(). Ein Protokoll muss sagen, wo eine Nachricht endet: eine feste Länge, ein Trennzeichen, ein Längenpräfix oder das Ende der Verbindung. Hier liest der Server mit einem winzigen 8-Byte-Puffer und rahmt Nachrichten durch einen Zeilenumbruch. Client 1 sendet eine Zeile in drei Stücken mit Pausen dazwischen: Der Server braucht viele recv()-Aufrufe und antwortet erst, wenn der Zeilenumbruch angekommen ist. Client 2 sendet seine Zeile in einem Zug mit send_framed, das das Trennzeichen für ihn anhängt.</translation>
    </message>
    <message>
        <source>Piece one</source>
        <extracomment>partial-recv-framing: chapters[0].title</extracomment>
        <translation>Stück eins</translation>
    </message>
    <message>
        <source>Client 1 sends the first third of its line. The server's recv() returns at most 8 bytes at a time and no newline yet, so it keeps what it has and calls recv() again.</source>
        <extracomment>partial-recv-framing: chapters[0].text</extracomment>
        <translation>Client 1 sendet das erste Drittel seiner Zeile. Das recv() des Servers liefert höchstens 8 Bytes auf einmal und noch keinen Zeilenumbruch, also behält er, was er hat, und ruft recv() erneut auf.</translation>
    </message>
    <message>
        <source>The newline arrives</source>
        <extracomment>partial-recv-framing: chapters[1].title</extracomment>
        <translation>Der Zeilenumbruch kommt an</translation>
    </message>
    <message>
        <source>With the last piece the message is complete. Only now does the server reply.</source>
        <extracomment>partial-recv-framing: chapters[1].text</extracomment>
        <translation>Mit dem letzten Stück ist die Nachricht vollständig. Erst jetzt antwortet der Server.</translation>
    </message>
    <message>
        <source>Client 1's line is 37 bytes and the server reads 8 bytes at a time. How many recv() calls return data for it?</source>
        <extracomment>partial-recv-framing: predict[0].question</extracomment>
        <translation>Die Zeile von Client 1 ist 37 Bytes lang, und der Server liest 8 Bytes auf einmal. Wie viele recv()-Aufrufe liefern Daten dafür?</translation>
    </message>
    <message>
        <source>Three, one per piece</source>
        <extracomment>partial-recv-framing: predict[0].choices[1]</extracomment>
        <translation>Drei, einer pro Stück</translation>
    </message>
    <message>
        <source>At least five</source>
        <extracomment>partial-recv-framing: predict[0].choices[2]</extracomment>
        <translation>Mindestens fünf</translation>
    </message>
    <message>
        <source>recv() never returns more than the buffer size, so 37 bytes take at least five calls, however the pieces were sent.</source>
        <extracomment>partial-recv-framing: predict[0].explanation</extracomment>
        <translation>recv() liefert nie mehr als die Puffergröße, also brauchen 37 Bytes mindestens fünf Aufrufe, egal wie die Stücke gesendet wurden.</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <extracomment>port-in-use: title</extracomment>
        <translation>Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>Only one socket at a time may listen on a port. Before the server starts, SockScope itself grabs the port (standing in for another program, or for your own server started twice), so the server's bind() fails with EADDRINUSE; Python raises OSError: [Errno 98] Address already in use. The server never gets to listen() and no client is served. Two more things about ports: numbers below 1024 are well-known ports that only the administrator may bind, and right after a server stops its port can still be held by connections in TIME_WAIT, which is why servers set SO_REUSEADDR (SockScope's do).</source>
        <extracomment>port-in-use: description</extracomment>
        <translation>Nur ein Socket auf einmal darf an einem Port lauschen. Bevor der Server startet, belegt SockScope selbst den Port (stellvertretend für ein anderes Programm oder deinen eigenen, zweimal gestarteten Server), also schlägt das bind() des Servers mit EADDRINUSE fehl; Python löst OSError: [Errno 98] Address already in use aus. Der Server kommt nie bis listen(), und kein Client wird bedient. Zwei weitere Dinge über Ports: Nummern unter 1024 sind Well-known-Ports, die nur der Administrator binden darf, und direkt nachdem ein Server stoppt, kann sein Port noch von Verbindungen in TIME_WAIT gehalten werden, weshalb Server SO_REUSEADDR setzen (die von SockScope tun es).</translation>
    </message>
    <message>
        <source>bind() fails</source>
        <extracomment>port-in-use: chapters[0].title; time-wait-reuseaddr: chapters[2].title</extracomment>
        <translation>bind() schlägt fehl</translation>
    </message>
    <message>
        <source>The port is taken. bind() returned -1 with errno EADDRINUSE; a careful server reports it and exits instead of carrying on with a socket that is not bound.</source>
        <extracomment>port-in-use: chapters[0].text</extracomment>
        <translation>Der Port ist belegt. bind() lieferte -1 mit errno EADDRINUSE; ein sorgfältiger Server meldet das und beendet sich, statt mit einem Socket weiterzumachen, der nicht gebunden ist.</translation>
    </message>
    <message>
        <source>Which call fails when the port is already taken?</source>
        <extracomment>port-in-use: predict[0].question</extracomment>
        <translation>Welcher Aufruf schlägt fehl, wenn der Port schon belegt ist?</translation>
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
        <translation>socket() erzeugt nur einen Endpunkt ohne Adresse. bind() verlangt Adresse und Port, und dort sagt der Kernel, dass der Port belegt ist.</translation>
    </message>
    <message>
        <source>Reaping children with waitpid()</source>
        <extracomment>reaping: title</extracomment>
        <translation>Kindprozesse mit waitpid() einsammeln</translation>
    </message>
    <message>
        <source>processes</source>
        <extracomment>reaping: topic; zombies: topic</extracomment>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>The same forking server as in Zombies, but now the parent cleans up. With the reap policy on-accept it does what the lecture's reapChildren() does: right after each accept() it calls waitpid(pid, WNOHANG) for its children, collecting those that have finished without ever waiting for one that has not. A child therefore stays a zombie from its exit until the next client arrives. Switch the policy to sigchld to reap as soon as a child dies (the SIGCHLD signal wakes the parent), or to none to see the zombies pile up again.</source>
        <extracomment>reaping: description</extracomment>
        <translation>Derselbe forkende Server wie bei Zombies, aber jetzt räumt der Elternprozess auf. Mit der Einsammel-Strategie on-accept tut er, was reapChildren() aus der Vorlesung tut: Direkt nach jedem accept() ruft er waitpid(pid, WNOHANG) für seine Kindprozesse auf und sammelt die ein, die fertig sind, ohne je auf einen zu warten, der es nicht ist. Ein Kindprozess bleibt daher von seinem Ende bis zur Ankunft des nächsten Clients ein Zombie. Stelle die Strategie auf sigchld, um einzusammeln, sobald ein Kindprozess stirbt (das Signal SIGCHLD weckt den Elternprozess), oder auf none, um die Zombies wieder anwachsen zu sehen.</translation>
    </message>
    <message>
        <source>A zombie, for now</source>
        <extracomment>reaping: chapters[0].title</extracomment>
        <translation>Vorerst ein Zombie</translation>
    </message>
    <message>
        <source>Child 1 has exited. It is a zombie until the parent calls waitpid() for it.</source>
        <extracomment>reaping: chapters[0].text</extracomment>
        <translation>Kindprozess 1 hat sich beendet. Er ist ein Zombie, bis der Elternprozess waitpid() für ihn aufruft.</translation>
    </message>
    <message>
        <source>Reaped</source>
        <extracomment>reaping: chapters[1].title</extracomment>
        <translation>Eingesammelt</translation>
    </message>
    <message>
        <source>The parent called waitpid() and collected a finished child: its zombie is gone. Which policy did it? Look at the label on the reap: at the next accept, at once on SIGCHLD, or only when the run stopped.</source>
        <extracomment>reaping: chapters[1].text</extracomment>
        <translation>Der Elternprozess hat waitpid() aufgerufen und einen beendeten Kindprozess eingesammelt: Sein Zombie ist weg. Welche Strategie war es? Sieh dir die Beschriftung am Einsammeln an: beim nächsten accept, sofort bei SIGCHLD oder erst, als der Lauf stoppte.</translation>
    </message>
    <message>
        <source>With reap on-accept, when does child 1 stop being a zombie?</source>
        <extracomment>reaping: predict[0].question</extracomment>
        <translation>Wann hört Kindprozess 1 mit der Strategie on-accept auf, ein Zombie zu sein?</translation>
    </message>
    <message>
        <source>As soon as it exits</source>
        <extracomment>reaping: predict[0].choices[0]</extracomment>
        <translation>Sobald er sich beendet</translation>
    </message>
    <message>
        <source>When the next client is accepted</source>
        <extracomment>reaping: predict[0].choices[1]</extracomment>
        <translation>Wenn der nächste Client angenommen wird</translation>
    </message>
    <message>
        <source>Only when the server stops</source>
        <extracomment>reaping: predict[0].choices[2]</extracomment>
        <translation>Erst wenn der Server stoppt</translation>
    </message>
    <message>
        <source>The parent only looks for finished children right after accept(). Until the next client arrives, child 1 waits as a zombie.</source>
        <extracomment>reaping: predict[0].explanation</extracomment>
        <translation>Der Elternprozess sucht nur direkt nach accept() nach beendeten Kindprozessen. Bis der nächste Client ankommt, wartet Kindprozess 1 als Zombie.</translation>
    </message>
    <message>
        <source>select(): serve whoever is ready</source>
        <extracomment>select-readiness: title</extracomment>
        <translation>select(): bediene, wer bereit ist</translation>
    </message>
    <message>
        <source>One thread, many clients. The server keeps a list of the sockets it cares about (the listening socket, then every accepted client: the sockets_list of the lecture notes) and a map from each client socket to its address (the clients map). select() sleeps until at least one of them is readable and returns just those. A ready listening socket means a new connection to accept; a ready client socket means data to recv(), or 0 bytes if that client has left. Each socket is a small number, its file descriptor: watch the fds in the read set and the ready set. The three clients connect together but speak at different times, and client 2 speaks twice.</source>
        <extracomment>select-readiness: description</extracomment>
        <translation>Ein Thread, viele Clients. Der Server führt eine Liste der Sockets, um die er sich kümmert (den lauschenden Socket, dann jeden angenommenen Client: die sockets_list der Vorlesungsnotizen), und eine Map von jedem Client-Socket auf seine Adresse (die clients-Map). select() schläft, bis mindestens einer davon lesbar ist, und liefert genau diese. Ein bereiter lauschender Socket bedeutet eine neue Verbindung zum Annehmen; ein bereiter Client-Socket bedeutet Daten für recv(), oder 0 Bytes, wenn dieser Client gegangen ist. Jeder Socket ist eine kleine Zahl, sein Dateideskriptor: Beobachte die fds in der Lesemenge und der Bereitmenge. Die drei Clients verbinden sich gemeinsam, sprechen aber zu verschiedenen Zeiten, und Client 2 spricht zweimal.</translation>
    </message>
    <message>
        <source>Only the listener</source>
        <extracomment>select-readiness: chapters[0].title</extracomment>
        <translation>Nur der Listener</translation>
    </message>
    <message>
        <source>The first wait watches one descriptor, the listening socket (often fd 3: 0, 1 and 2 are stdin, stdout and stderr).</source>
        <extracomment>select-readiness: chapters[0].text</extracomment>
        <translation>Das erste Warten beobachtet einen Deskriptor, den lauschenden Socket (oft fd 3: 0, 1 und 2 sind stdin, stdout und stderr).</translation>
    </message>
    <message>
        <source>The set grows</source>
        <extracomment>select-readiness: chapters[1].title</extracomment>
        <translation>Die Menge wächst</translation>
    </message>
    <message>
        <source>Each accept() adds a client socket to the set and its address to the clients map. The server now watches all of them at once.</source>
        <extracomment>select-readiness: chapters[1].text</extracomment>
        <translation>Jedes accept() fügt der Menge einen Client-Socket und der clients-Map seine Adresse hinzu. Der Server beobachtet jetzt alle auf einmal.</translation>
    </message>
    <message>
        <source>One is ready</source>
        <extracomment>select-readiness: chapters[2].title</extracomment>
        <translation>Einer ist bereit</translation>
    </message>
    <message>
        <source>Client 1 sent something, so the last wait reported its fd ready. The server reads it, answers, and goes back to waiting.</source>
        <extracomment>select-readiness: chapters[2].text</extracomment>
        <translation>Client 1 hat etwas gesendet, also meldete das letzte Warten seinen fd als bereit. Der Server liest, antwortet und wartet wieder.</translation>
    </message>
    <message>
        <source>Leaving the set</source>
        <extracomment>select-readiness: chapters[3].title</extracomment>
        <translation>Die Menge verlassen</translation>
    </message>
    <message>
        <source>Client 1 closed: its fd turned ready, recv() returned 0, and the server closes it and removes it from the set and the map.</source>
        <extracomment>select-readiness: chapters[3].text</extracomment>
        <translation>Client 1 hat geschlossen: Sein fd wurde bereit, recv() lieferte 0, und der Server schließt ihn und entfernt ihn aus der Menge und der Map.</translation>
    </message>
    <message>
        <source>After the three clients connect, how many descriptors does the server pass to select() to read?</source>
        <extracomment>select-readiness: predict[0].question</extracomment>
        <translation>Wie viele Deskriptoren übergibt der Server select() zum Lesen, nachdem sich die drei Clients verbunden haben?</translation>
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
        <translation>Die drei Client-Sockets plus der lauschende Socket, der in der Menge bleiben muss, damit neue Verbindungen bemerkt werden.</translation>
    </message>
    <message>
        <source>Can the ready set contain a socket that is not in the read set?</source>
        <extracomment>select-readiness: predict[1].question</extracomment>
        <translation>Kann die Bereitmenge einen Socket enthalten, der nicht in der Lesemenge ist?</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>select-readiness: predict[1].choices[0]</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>select-readiness: predict[1].choices[1]</extracomment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>select() only reports on the descriptors it was given; the ready set is always a subset.</source>
        <extracomment>select-readiness: predict[1].explanation</extracomment>
        <translation>select() berichtet nur über die Deskriptoren, die es bekommen hat; die Bereitmenge ist immer eine Teilmenge.</translation>
    </message>
    <message>
        <source>select() on sockets and the keyboard</source>
        <extracomment>select-stdin: title</extracomment>
        <translation>select() auf Sockets und der Tastatur</translation>
    </message>
    <message>
        <source>select() is not only for sockets: anything with a file descriptor can be in its read set. This server watches its console (standard input in the lecture notes; here a pipe: type into the Console box of the toolbar, or leave it to the scripted line; untick Scripted line to be the only one typing) beside its sockets. Any line typed there makes the server leave its loop and close the listening socket. Clients 1 and 2 are served normally; at 800 ms a line arrives on the console and the server stops; client 3, arriving later, finds nobody listening and is refused.</source>
        <extracomment>select-stdin: description</extracomment>
        <translation>select() ist nicht nur für Sockets: Alles mit einem Dateideskriptor kann in seiner Lesemenge sein. Dieser Server beobachtet neben seinen Sockets seine Konsole (in den Vorlesungsnotizen die Standardeingabe; hier eine Pipe: Tippe in das Feld Konsole der Werkzeugleiste oder überlasse es der vorgegebenen Zeile; nimm den Haken bei Vorgegebene Zeile weg, um als Einzige oder Einziger zu tippen). Jede dort getippte Zeile lässt den Server seine Schleife verlassen und den lauschenden Socket schließen. Client 1 und 2 werden normal bedient; nach 800 ms kommt eine Zeile auf der Konsole an, und der Server stoppt; Client 3, der später ankommt, findet niemanden, der lauscht, und wird abgewiesen.</translation>
    </message>
    <message>
        <source>Console in the set</source>
        <extracomment>select-stdin: chapters[0].title</extracomment>
        <translation>Die Konsole in der Menge</translation>
    </message>
    <message>
        <source>The read set holds the listening socket and the console pipe. Whichever becomes readable first wakes the server.</source>
        <extracomment>select-stdin: chapters[0].text</extracomment>
        <translation>Die Lesemenge enthält den lauschenden Socket und die Konsolen-Pipe. Was zuerst lesbar wird, weckt den Server.</translation>
    </message>
    <message>
        <source>A line on the console</source>
        <extracomment>select-stdin: chapters[1].title</extracomment>
        <translation>Eine Zeile auf der Konsole</translation>
    </message>
    <message>
        <source>A line came through the console pipe. The server read it and left its loop, closing the listening socket.</source>
        <extracomment>select-stdin: chapters[1].text</extracomment>
        <translation>Eine Zeile kam durch die Konsolen-Pipe. Der Server hat sie gelesen und seine Schleife verlassen; dabei schloss er den lauschenden Socket.</translation>
    </message>
    <message>
        <source>Too late</source>
        <extracomment>select-stdin: chapters[2].title</extracomment>
        <translation>Zu spät</translation>
    </message>
    <message>
        <source>Client 3 connected to a port nobody listens on any more: ECONNREFUSED.</source>
        <extracomment>select-stdin: chapters[2].text</extracomment>
        <translation>Client 3 hat sich mit einem Port verbunden, an dem niemand mehr lauscht: ECONNREFUSED.</translation>
    </message>
    <message>
        <source>What happens to client 3, which connects after the console line?</source>
        <extracomment>select-stdin: predict[0].question</extracomment>
        <translation>Was passiert mit Client 3, der sich nach der Konsolenzeile verbindet?</translation>
    </message>
    <message>
        <source>It waits in the backlog</source>
        <extracomment>select-stdin: predict[0].choices[0]</extracomment>
        <translation>Er wartet im Backlog</translation>
    </message>
    <message>
        <source>Its connect() fails with ECONNREFUSED</source>
        <extracomment>select-stdin: predict[0].choices[1]</extracomment>
        <translation>Sein connect() schlägt mit ECONNREFUSED fehl</translation>
    </message>
    <message>
        <source>It is served normally</source>
        <extracomment>select-stdin: predict[0].choices[2]</extracomment>
        <translation>Er wird normal bedient</translation>
    </message>
    <message>
        <source>The listening socket is closed, so no socket listens on the port; Linux answers the connection attempt with a reset.</source>
        <extracomment>select-stdin: predict[0].explanation</extracomment>
        <translation>Der lauschende Socket ist geschlossen, also lauscht kein Socket an dem Port; Linux beantwortet den Verbindungsversuch mit einem Reset.</translation>
    </message>
    <message>
        <source>A full send buffer blocks send()</source>
        <extracomment>send-buffer-full: title</extracomment>
        <translation>Ein voller Sendepuffer blockiert send()</translation>
    </message>
    <message>
        <source>send() does not wait for the peer: it copies bytes into the socket's send buffer and returns. The kernel then moves them across into the peer's receive buffer, where they wait until the peer calls recv(). Here client 1 asks for a large reply (1 MiB, sent with one send()) and then does not read for a second. The server's connection has a small send buffer (SO_SNDBUF 16 KiB, which Linux doubles). The bytes pile up in client 1's receive queue until it is full, then in the server's send queue until that is full too, and from then on the server's send() blocks. It returns only after client 1 starts reading and makes room. The socket lanes show both queues as the kernel reported them in its samples.</source>
        <extracomment>send-buffer-full: description</extracomment>
        <translation>send() wartet nicht auf die Gegenseite: es kopiert Bytes in den Sendepuffer des Sockets und kehrt zurück. Der Kernel bringt sie dann in den Empfangspuffer der Gegenseite, wo sie warten, bis diese recv() aufruft. Hier bittet Client 1 um eine große Antwort (1 MiB, mit einem send() gesendet) und liest dann eine Sekunde lang nicht. Die Verbindung des Servers hat einen kleinen Sendepuffer (SO_SNDBUF 16 KiB, den Linux verdoppelt). Die Bytes stauen sich in der Empfangswarteschlange von Client 1, bis sie voll ist, dann in der Sendewarteschlange des Servers, bis auch sie voll ist, und von da an blockiert send() des Servers. Es kehrt erst zurück, nachdem Client 1 zu lesen beginnt und Platz macht. Die Socket-Bahnen zeigen beide Warteschlangen so, wie der Kernel sie in seinen Stichproben meldete.</translation>
    </message>
    <message>
        <source>What fits goes at once</source>
        <extracomment>send-buffer-full: chapters[0].title</extracomment>
        <translation>Was passt, geht sofort</translation>
    </message>
    <message>
        <source>The server's send() of 1 MiB: the kernel copied the part that fit into the buffers at once. Client 1 is not reading, so nothing makes room for the rest.</source>
        <extracomment>send-buffer-full: chapters[0].text</extracomment>
        <translation>send() des Servers mit 1 MiB: der Kernel hat den Teil, der in die Puffer passte, sofort kopiert. Client 1 liest nicht, also macht nichts Platz für den Rest.</translation>
    </message>
    <message>
        <source>send() blocks</source>
        <extracomment>send-buffer-full: chapters[1].title</extracomment>
        <translation>send() blockiert</translation>
    </message>
    <message>
        <source>The rest does not fit: client 1's receive queue is full and the server's send queue is full too, so send() blocks. The kernel's samples show the bytes waiting in both queues.</source>
        <extracomment>send-buffer-full: chapters[1].text</extracomment>
        <translation>Der Rest passt nicht: die Empfangswarteschlange von Client 1 ist voll und die Sendewarteschlange des Servers auch, also blockiert send(). Die Stichproben des Kernels zeigen die Bytes, die in beiden Warteschlangen warten.</translation>
    </message>
    <message>
        <source>The client reads</source>
        <extracomment>send-buffer-full: chapters[2].title</extracomment>
        <translation>Der Client liest</translation>
    </message>
    <message>
        <source>Client 1 starts reading. Each recv() takes bytes out of its receive queue; the kernel moves more across from the server's send queue, and the server's send() goes on.</source>
        <extracomment>send-buffer-full: chapters[2].text</extracomment>
        <translation>Client 1 beginnt zu lesen. Jedes recv() nimmt Bytes aus seiner Empfangswarteschlange; der Kernel bringt weitere aus der Sendewarteschlange des Servers herüber, und send() des Servers geht weiter.</translation>
    </message>
    <message>
        <source>send() returns</source>
        <extracomment>send-buffer-full: chapters[3].title</extracomment>
        <translation>send() kehrt zurück</translation>
    </message>
    <message>
        <source>The last bytes of the reply are in the send buffer: the server's send() returns. It returned once the bytes were in the kernel's buffers, not once client 1 had read them.</source>
        <extracomment>send-buffer-full: chapters[3].text</extracomment>
        <translation>Die letzten Bytes der Antwort sind im Sendepuffer: send() des Servers kehrt zurück. Es kehrte zurück, als die Bytes in den Puffern des Kernels lagen, nicht als Client 1 sie gelesen hatte.</translation>
    </message>
    <message>
        <source>The server sends 1 MiB to a client that does not read. What does the server's send() do?</source>
        <extracomment>send-buffer-full: predict[0].question</extracomment>
        <translation>Der Server sendet 1 MiB an einen Client, der nicht liest. Was macht send() des Servers?</translation>
    </message>
    <message>
        <source>Returns at once: the kernel keeps everything</source>
        <extracomment>send-buffer-full: predict[0].choices[0]</extracomment>
        <translation>Kehrt sofort zurück: der Kernel behält alles</translation>
    </message>
    <message>
        <source>Blocks once the buffers are full, until the client reads</source>
        <extracomment>send-buffer-full: predict[0].choices[1]</extracomment>
        <translation>Blockiert, sobald die Puffer voll sind, bis der Client liest</translation>
    </message>
    <message>
        <source>Fails with EAGAIN</source>
        <extracomment>send-buffer-full: predict[0].choices[2]</extracomment>
        <translation>Schlägt mit EAGAIN fehl</translation>
    </message>
    <message>
        <source>The kernel keeps only what fits into the sender's send buffer and the receiver's receive buffer. A blocking send() waits for room; a non-blocking one would return EAGAIN instead.</source>
        <extracomment>send-buffer-full: predict[0].explanation</extracomment>
        <translation>Der Kernel behält nur, was in den Sendepuffer des Senders und den Empfangspuffer des Empfängers passt. Ein blockierendes send() wartet auf Platz; ein nicht blockierendes gäbe stattdessen EAGAIN zurück.</translation>
    </message>
    <message>
        <source>A thread for every client: 200 of them</source>
        <extracomment>thread-per-client-many: title</extracomment>
        <translation>Ein Thread für jeden Client: 200 Stück</translation>
    </message>
    <message>
        <source>threads</source>
        <extracomment>thread-per-client-many: topic</extracomment>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Two hundred clients connect within half a second and each stays a while before it sends. The threaded server creates a thread for every connection, so there are about two hundred threads alive at once, each blocked in its own recv(). Threads are cheaper than processes but not free: every one has its own stack (8 MB of address space by default on Linux), the scheduler must switch between them, and in Python the GIL lets only one run Python code at a time. Compare with epoll, which serves the same clients from a single thread.</source>
        <extracomment>thread-per-client-many: description</extracomment>
        <translation>Zweihundert Clients verbinden sich innerhalb einer halben Sekunde, und jeder bleibt eine Weile, bevor er sendet. Der Server mit Threads erzeugt für jede Verbindung einen Thread, also leben etwa zweihundert Threads gleichzeitig, jeder in seinem eigenen recv() blockiert. Threads sind billiger als Prozesse, aber nicht umsonst: Jeder hat seinen eigenen Stack (unter Linux standardmäßig 8 MB Adressraum), der Scheduler muss zwischen ihnen wechseln, und in Python lässt die GIL nur einen auf einmal Python-Code ausführen. Vergleiche mit epoll, das dieselben Clients aus einem einzigen Thread bedient.</translation>
    </message>
    <message>
        <source>A crowd</source>
        <extracomment>thread-per-client-many: chapters[0].title; thread-per-client-many: chapters[1].title</extracomment>
        <translation>Eine Menge</translation>
    </message>
    <message>
        <source>A new client every 2 ms. Watch the number of live threads climb.</source>
        <extracomment>thread-per-client-many: chapters[0].text</extracomment>
        <translation>Alle 2 ms ein neuer Client. Sieh zu, wie die Zahl der lebenden Threads steigt.</translation>
    </message>
    <message>
        <source>A new client every 2 ms. One thread accepts them all and adds each socket to epoll's interest list.</source>
        <extracomment>thread-per-client-many: chapters[1].text</extracomment>
        <translation>Alle 2 ms ein neuer Client. Ein Thread nimmt sie alle an und fügt jeden Socket der Interessenliste von epoll hinzu.</translation>
    </message>
    <message>
        <source>Wake-up</source>
        <extracomment>thread-per-client-many: chapters[2].title</extracomment>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>The clients send; the server wakes for each, replies, and the connections end.</source>
        <extracomment>thread-per-client-many: chapters[2].text</extracomment>
        <translation>Die Clients senden; der Server wacht für jeden auf, antwortet, und die Verbindungen enden.</translation>
    </message>
    <message>
        <source>How many threads does epoll need for these 200 clients?</source>
        <extracomment>thread-per-client-many: predict[0].question</extracomment>
        <translation>Wie viele Threads braucht epoll für diese 200 Clients?</translation>
    </message>
    <message>
        <source>200</source>
        <extracomment>thread-per-client-many: predict[0].choices[0]</extracomment>
        <translation>200</translation>
    </message>
    <message>
        <source>One thread asks epoll_wait() which sockets are ready and serves those; idle clients cost a few bytes of kernel memory each, not a thread.</source>
        <extracomment>thread-per-client-many: predict[0].explanation</extracomment>
        <translation>Ein Thread fragt epoll_wait(), welche Sockets bereit sind, und bedient diese; untätige Clients kosten je ein paar Bytes Kernel-Speicher, keinen Thread.</translation>
    </message>
    <message>
        <source>Three clients, every model</source>
        <extracomment>three-clients: title</extracomment>
        <translation>Drei Clients, jedes Modell</translation>
    </message>
    <message>
        <source>concurrency models</source>
        <extracomment>three-clients: topic</extracomment>
        <translation>Nebenläufigkeitsmodelle</translation>
    </message>
    <message>
        <source>Three clients connect at the same moment, wait 300 ms, send one line each and read the echo. Run it under each model and compare the lanes: the sequential server serves them one after another; the threaded server gives each its own thread; the forking server a process of its own; select, poll and epoll serve all three from one thread that waits for whichever socket is ready. The listening socket never sends or receives anything: it only produces a new connected socket for each client.</source>
        <extracomment>three-clients: description</extracomment>
        <translation>Drei Clients verbinden sich im selben Moment, warten 300 ms, senden je eine Zeile und lesen das Echo. Lass es unter jedem Modell laufen und vergleiche die Bahnen: Der sequenzielle Server bedient sie einen nach dem anderen; der Server mit Threads gibt jedem einen eigenen Thread; der forkende Server einen eigenen Prozess; select, poll und epoll bedienen alle drei aus einem Thread, der auf den Socket wartet, der gerade bereit ist. Der lauschende Socket sendet und empfängt nie etwas: Er liefert nur für jeden Client einen neuen verbundenen Socket.</translation>
    </message>
    <message>
        <source>socket, bind, listen</source>
        <extracomment>three-clients: chapters[0].title</extracomment>
        <translation>socket, bind, listen</translation>
    </message>
    <message>
        <source>These three calls return at once. From now on the kernel completes handshakes for this port by itself and queues them.</source>
        <extracomment>three-clients: chapters[0].text</extracomment>
        <translation>Diese drei Aufrufe kehren sofort zurück. Von jetzt an schließt der Kernel Handshakes für diesen Port selbst ab und reiht sie ein.</translation>
    </message>
    <message>
        <source>socket and bind</source>
        <extracomment>three-clients: chapters[1].title</extracomment>
        <translation>socket und bind</translation>
    </message>
    <message>
        <source>A datagram server needs only socket() and bind(): no listen(), no accept(), no connection.</source>
        <extracomment>three-clients: chapters[1].text</extracomment>
        <translation>Ein Datagramm-Server braucht nur socket() und bind(): kein listen(), kein accept(), keine Verbindung.</translation>
    </message>
    <message>
        <source>Three connections</source>
        <extracomment>three-clients: chapters[2].title</extracomment>
        <translation>Drei Verbindungen</translation>
    </message>
    <message>
        <source>All three clients are connected. Look at where the server waits: in recv() for one client, in accept() for more, or in one select()/poll()/epoll_wait() for all.</source>
        <extracomment>three-clients: chapters[2].text</extracomment>
        <translation>Alle drei Clients sind verbunden. Sieh, wo der Server wartet: in recv() für einen Client, in accept() für weitere oder in einem select()/poll()/epoll_wait() für alle.</translation>
    </message>
    <message>
        <source>Tasks, not threads</source>
        <extracomment>three-clients: chapters[3].title</extracomment>
        <translation>Tasks, keine Threads</translation>
    </message>
    <message>
        <source>asyncio made a task for the first connection: a coroutine that runs on the main thread whenever the loop resumes it. Three clients will give three tasks and still one thread.</source>
        <extracomment>three-clients: chapters[3].text</extracomment>
        <translation>asyncio hat für die erste Verbindung einen Task erzeugt: eine Koroutine, die auf dem Haupt-Thread läuft, immer wenn die Schleife sie fortsetzt. Drei Clients ergeben drei Tasks und immer noch einen Thread.</translation>
    </message>
    <message>
        <source>The first datagram</source>
        <extracomment>three-clients: chapters[4].title</extracomment>
        <translation>Das erste Datagramm</translation>
    </message>
    <message>
        <source>Client 1 sent a datagram. There was no handshake: the server learns of client 1 only from the sender address that comes with the data.</source>
        <extracomment>three-clients: chapters[4].text</extracomment>
        <translation>Client 1 hat ein Datagramm gesendet. Es gab keinen Handshake: Der Server erfährt von Client 1 nur durch die Absenderadresse, die mit den Daten kommt.</translation>
    </message>
    <message>
        <source>The lines arrive</source>
        <extracomment>three-clients: chapters[5].title</extracomment>
        <translation>Die Zeilen kommen an</translation>
    </message>
    <message>
        <source>Client 1 sends a line, and the others follow. Which server call wakes up for each of them, and in which lane?</source>
        <extracomment>three-clients: chapters[5].text</extracomment>
        <translation>Client 1 sendet eine Zeile, und die anderen folgen. Welcher Serveraufruf wacht für jede davon auf, und in welcher Bahn?</translation>
    </message>
    <message>
        <source>How many threads does the threaded server create for three clients?</source>
        <extracomment>three-clients: predict[0].question</extracomment>
        <translation>Wie viele Threads erzeugt der Server mit Threads für drei Clients?</translation>
    </message>
    <message>
        <source>Three: one per connection</source>
        <extracomment>three-clients: predict[0].choices[1]</extracomment>
        <translation>Drei: einen pro Verbindung</translation>
    </message>
    <message>
        <source>Four: one per connection plus one for the listening socket</source>
        <extracomment>three-clients: predict[0].choices[2]</extracomment>
        <translation>Vier: einen pro Verbindung plus einen für den lauschenden Socket</translation>
    </message>
    <message>
        <source>The main thread keeps the listening socket and goes straight back to accept(); every accepted connection gets a new worker thread.</source>
        <extracomment>three-clients: predict[0].explanation</extracomment>
        <translation>Der Haupt-Thread behält den lauschenden Socket und kehrt direkt zu accept() zurück; jede angenommene Verbindung bekommt einen neuen Worker-Thread.</translation>
    </message>
    <message>
        <source>Which sockets are in select()'s read set once all three clients are connected?</source>
        <extracomment>three-clients: predict[1].question</extracomment>
        <translation>Welche Sockets sind in der Lesemenge von select(), sobald alle drei Clients verbunden sind?</translation>
    </message>
    <message>
        <source>Only the listening socket</source>
        <extracomment>three-clients: predict[1].choices[0]</extracomment>
        <translation>Nur der lauschende Socket</translation>
    </message>
    <message>
        <source>Only the three client sockets</source>
        <extracomment>three-clients: predict[1].choices[1]</extracomment>
        <translation>Nur die drei Client-Sockets</translation>
    </message>
    <message>
        <source>The listening socket and the three client sockets</source>
        <extracomment>three-clients: predict[1].choices[2]</extracomment>
        <translation>Der lauschende Socket und die drei Client-Sockets</translation>
    </message>
    <message>
        <source>The loop watches the listening socket for new connections and every client socket for data, all in one call.</source>
        <extracomment>three-clients: predict[1].explanation</extracomment>
        <translation>Die Schleife beobachtet den lauschenden Socket auf neue Verbindungen und jeden Client-Socket auf Daten, alles in einem Aufruf.</translation>
    </message>
    <message>
        <source>How many threads does the asyncio server use for three clients?</source>
        <extracomment>three-clients: predict[2].question</extracomment>
        <translation>Wie viele Threads verwendet der asyncio-Server für drei Clients?</translation>
    </message>
    <message>
        <source>Three: one per task</source>
        <extracomment>three-clients: predict[2].choices[1]</extracomment>
        <translation>Drei: einen pro Task</translation>
    </message>
    <message>
        <source>Four: one per task plus one for the listening socket</source>
        <extracomment>three-clients: predict[2].choices[2]</extracomment>
        <translation>Vier: einen pro Task plus einen für den Listening-Socket</translation>
    </message>
    <message>
        <source>One thread runs the event loop; each connection is a task, a coroutine the loop resumes when epoll_wait() reports its socket.</source>
        <extracomment>three-clients: predict[2].explanation</extracomment>
        <translation>Ein Thread führt die Ereignisschleife aus; jede Verbindung ist ein Task, eine Koroutine, die die Schleife fortsetzt, wenn epoll_wait() ihren Socket meldet.</translation>
    </message>
    <message>
        <source>TIME_WAIT and SO_REUSEADDR</source>
        <extracomment>time-wait-reuseaddr: title</extracomment>
        <translation>TIME_WAIT und SO_REUSEADDR</translation>
    </message>
    <message>
        <source>The side of a TCP connection that closes first keeps its end in TIME_WAIT for a minute after the close (twice the longest a segment may live), so that a late segment of the old connection cannot be mistaken for a new one. Here the server closes first: client 1 sends q and the server closes the connection. Then the server is stopped and started again at once on the same port. Without SO_REUSEADDR its bind() fails with EADDRINUSE: the old connection in TIME_WAIT still holds the port, although nothing listens on it. Started once more with SO_REUSEADDR, bind() succeeds. That is why the lecture notes call setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(), and why SockScope's servers do.</source>
        <extracomment>time-wait-reuseaddr: description</extracomment>
        <translation>Die Seite einer TCP-Verbindung, die zuerst schließt, behält ihr Ende nach dem Schließen eine Minute lang in TIME_WAIT (doppelt so lange, wie ein Segment höchstens lebt), damit ein verspätetes Segment der alten Verbindung nicht für eine neue gehalten wird. Hier schließt der Server zuerst: Client 1 sendet q, und der Server schließt die Verbindung. Dann wird der Server angehalten und sofort auf demselben Port neu gestartet. Ohne SO_REUSEADDR schlägt sein bind() mit EADDRINUSE fehl: die alte Verbindung in TIME_WAIT hält den Port noch, obwohl dort niemand lauscht. Noch einmal mit SO_REUSEADDR gestartet, gelingt bind(). Deshalb rufen die Vorlesungsnotizen setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) vor bind() auf, und deshalb tun es die Server von SockScope.</translation>
    </message>
    <message>
        <source>The server closes first</source>
        <extracomment>time-wait-reuseaddr: chapters[0].title</extracomment>
        <translation>Der Server schließt zuerst</translation>
    </message>
    <message>
        <source>Client 1 sent q, and its recv() returned 0: the server has closed the connection, before client 1 did. The end that closes first is the one that will wait in TIME_WAIT.</source>
        <extracomment>time-wait-reuseaddr: chapters[0].text</extracomment>
        <translation>Client 1 hat q gesendet, und sein recv() lieferte 0: der Server hat die Verbindung geschlossen, vor Client 1. Das Ende, das zuerst schließt, ist das, das in TIME_WAIT warten wird.</translation>
    </message>
    <message>
        <source>The kernel's sample shows the server's old connection in TIME_WAIT: no process holds it any more, but the kernel keeps it, and its port, for a minute.</source>
        <extracomment>time-wait-reuseaddr: chapters[1].text</extracomment>
        <translation>Die Stichprobe des Kernels zeigt die alte Verbindung des Servers in TIME_WAIT: kein Prozess hält sie mehr, aber der Kernel behält sie, und ihren Port, eine Minute lang.</translation>
    </message>
    <message>
        <source>The server was started again at once on the same port, without SO_REUSEADDR. bind() failed with EADDRINUSE: the connection in TIME_WAIT still uses the port, although nothing listens there.</source>
        <extracomment>time-wait-reuseaddr: chapters[2].text</extracomment>
        <translation>Der Server wurde sofort auf demselben Port neu gestartet, ohne SO_REUSEADDR. bind() schlug mit EADDRINUSE fehl: die Verbindung in TIME_WAIT belegt den Port noch, obwohl dort niemand lauscht.</translation>
    </message>
    <message>
        <source>With SO_REUSEADDR</source>
        <extracomment>time-wait-reuseaddr: chapters[3].title</extracomment>
        <translation>Mit SO_REUSEADDR</translation>
    </message>
    <message>
        <source>Started once more, this time with setsockopt(SO_REUSEADDR) before bind(): the kernel lets the new listening socket share the port with the connection in TIME_WAIT, and the server listens.</source>
        <extracomment>time-wait-reuseaddr: chapters[3].text</extracomment>
        <translation>Noch einmal gestartet, diesmal mit setsockopt(SO_REUSEADDR) vor bind(): der Kernel lässt den neuen lauschenden Socket den Port mit der Verbindung in TIME_WAIT teilen, und der Server lauscht.</translation>
    </message>
    <message>
        <source>Right after the server closed a connection first, it is restarted on the same port without SO_REUSEADDR. What does bind() do?</source>
        <extracomment>time-wait-reuseaddr: predict[0].question</extracomment>
        <translation>Gleich nachdem der Server eine Verbindung zuerst geschlossen hat, wird er ohne SO_REUSEADDR auf demselben Port neu gestartet. Was macht bind()?</translation>
    </message>
    <message>
        <source>Succeeds: nothing listens on the port any more</source>
        <extracomment>time-wait-reuseaddr: predict[0].choices[0]</extracomment>
        <translation>Gelingt: auf dem Port lauscht niemand mehr</translation>
    </message>
    <message>
        <source>Fails with EADDRINUSE</source>
        <extracomment>time-wait-reuseaddr: predict[0].choices[1]</extracomment>
        <translation>Schlägt mit EADDRINUSE fehl</translation>
    </message>
    <message>
        <source>Blocks until the port is free</source>
        <extracomment>time-wait-reuseaddr: predict[0].choices[2]</extracomment>
        <translation>Blockiert, bis der Port frei ist</translation>
    </message>
    <message>
        <source>The old connection sits in TIME_WAIT for about a minute and still counts as using the port. bind() never waits: it fails with EADDRINUSE. SO_REUSEADDR lets a listening socket bind next to connections in TIME_WAIT.</source>
        <extracomment>time-wait-reuseaddr: predict[0].explanation</extracomment>
        <translation>Die alte Verbindung sitzt etwa eine Minute in TIME_WAIT und zählt weiter als Nutzer des Ports. bind() wartet nie: es schlägt mit EADDRINUSE fehl. SO_REUSEADDR lässt einen lauschenden Socket neben Verbindungen in TIME_WAIT binden.</translation>
    </message>
    <message>
        <source>UDP: datagrams without connections</source>
        <extracomment>udp-echo: title</extracomment>
        <translation>UDP: Datagramme ohne Verbindungen</translation>
    </message>
    <message>
        <source>udp</source>
        <extracomment>udp-echo: topic</extracomment>
        <translation>UDP</translation>
    </message>
    <message>
        <source>A UDP server binds a port and that is all: no listen(), no accept(), no connection per client. One socket receives datagrams from everybody; recvfrom() says who sent each one, and sendto() answers that address. Each datagram arrives whole or not at all (its boundaries are kept, unlike TCP's byte stream), but UDP promises neither delivery nor order; on loopback nothing is lost, on a real network it can be. Two clients send two datagrams each. Their "connect" step only creates the socket and fixes the server as its destination: no handshake, nothing reaches the server.</source>
        <extracomment>udp-echo: description</extracomment>
        <translation>Ein UDP-Server bindet einen Port, und das ist alles: kein listen(), kein accept(), keine Verbindung pro Client. Ein Socket empfängt Datagramme von allen; recvfrom() sagt, wer jedes gesendet hat, und sendto() antwortet an diese Adresse. Jedes Datagramm kommt ganz oder gar nicht an (seine Grenzen bleiben erhalten, anders als beim Bytestrom von TCP), aber UDP verspricht weder Zustellung noch Reihenfolge; auf Loopback geht nichts verloren, in einem echten Netz kann es das. Zwei Clients senden je zwei Datagramme. Ihr Schritt "connect" erzeugt nur den Socket und legt den Server als Ziel fest: kein Handshake, nichts erreicht den Server.</translation>
    </message>
    <message>
        <source>No accept</source>
        <extracomment>udp-echo: chapters[0].title</extracomment>
        <translation>Kein accept</translation>
    </message>
    <message>
        <source>socket(SOCK_DGRAM) and bind(): the server is ready. It waits in recvfrom() on its only socket.</source>
        <extracomment>udp-echo: chapters[0].text</extracomment>
        <translation>socket(SOCK_DGRAM) und bind(): Der Server ist bereit. Er wartet in recvfrom() auf seinem einzigen Socket.</translation>
    </message>
    <message>
        <source>Who sent it?</source>
        <extracomment>udp-echo: chapters[1].title</extracomment>
        <translation>Wer hat es gesendet?</translation>
    </message>
    <message>
        <source>recvfrom() returned a datagram and the sender's address; the reply goes back with sendto() to that address.</source>
        <extracomment>udp-echo: chapters[1].text</extracomment>
        <translation>recvfrom() lieferte ein Datagramm und die Adresse des Absenders; die Antwort geht mit sendto() an diese Adresse zurück.</translation>
    </message>
    <message>
        <source>How many sockets does the UDP server use for two clients?</source>
        <extracomment>udp-echo: predict[0].question</extracomment>
        <translation>Wie viele Sockets benutzt der UDP-Server für zwei Clients?</translation>
    </message>
    <message>
        <source>Two</source>
        <extracomment>udp-echo: predict[0].choices[1]</extracomment>
        <translation>Zwei</translation>
    </message>
    <message>
        <source>Three</source>
        <extracomment>udp-echo: predict[0].choices[2]; zombies: predict[0].choices[2]</extracomment>
        <translation>Drei</translation>
    </message>
    <message>
        <source>There are no connections, so there is nothing to accept: one socket serves everybody.</source>
        <extracomment>udp-echo: predict[0].explanation</extracomment>
        <translation>Es gibt keine Verbindungen, also gibt es nichts anzunehmen: Ein Socket bedient alle.</translation>
    </message>
    <message>
        <source>You are the scheduler</source>
        <extracomment>you-are-the-scheduler: title</extracomment>
        <translation>Du bist der Scheduler</translation>
    </message>
    <message>
        <source>Nothing happens until you say so: every client step waits for you to release it, either one client at a time (the button by its lane) or with Next step. Make client 1 connect, then client 2, and watch where the server blocks; make client 2 send before client 1 and see which models notice. Try it with sequential, then with threaded and select.</source>
        <extracomment>you-are-the-scheduler: description</extracomment>
        <translation>Nichts geschieht, bis du es sagst: Jeder Client-Schritt wartet, bis du ihn freigibst, entweder einen Client nach dem anderen (die Schaltfläche an seiner Bahn) oder mit Nächster Schritt. Lass Client 1 sich verbinden, dann Client 2, und sieh, wo der Server blockiert; lass Client 2 vor Client 1 senden und sieh, welche Modelle es bemerken. Probiere es mit sequenziell, dann mit Threads und select.</translation>
    </message>
    <message>
        <source>Your move</source>
        <extracomment>you-are-the-scheduler: chapters[0].title</extracomment>
        <translation>Dein Zug</translation>
    </message>
    <message>
        <source>The server is ready and waits. Release a client's connect to wake it.</source>
        <extracomment>you-are-the-scheduler: chapters[0].text</extracomment>
        <translation>Der Server ist bereit und wartet. Gib das connect eines Clients frei, um ihn zu wecken.</translation>
    </message>
    <message>
        <source>Sequential model: both clients are connected and client 2 sends first. Who gets an answer first?</source>
        <extracomment>you-are-the-scheduler: predict[0].question</extracomment>
        <translation>Sequenzielles Modell: Beide Clients sind verbunden, und Client 2 sendet zuerst. Wer bekommt zuerst eine Antwort?</translation>
    </message>
    <message>
        <source>Client 2, it sent first</source>
        <extracomment>you-are-the-scheduler: predict[0].choices[0]</extracomment>
        <translation>Client 2, er hat zuerst gesendet</translation>
    </message>
    <message>
        <source>Client 1, the server is waiting in recv() for it</source>
        <extracomment>you-are-the-scheduler: predict[0].choices[1]</extracomment>
        <translation>Client 1, der Server wartet in recv() auf ihn</translation>
    </message>
    <message>
        <source>The sequential server accepted client 1 and is blocked in recv() on client 1's socket. Client 2's data waits in its socket buffer until client 1 is done.</source>
        <extracomment>you-are-the-scheduler: predict[0].explanation</extracomment>
        <translation>Der sequenzielle Server hat Client 1 angenommen und ist in recv() auf dem Socket von Client 1 blockiert. Die Daten von Client 2 warten in dessen Socket-Puffer, bis Client 1 fertig ist.</translation>
    </message>
    <message>
        <source>Zombies: children nobody waits for</source>
        <extracomment>zombies: title</extracomment>
        <translation>Zombies: Kindprozesse, auf die niemand wartet</translation>
    </message>
    <message>
        <source>A forking server gives each connection a child process made by fork(), which returns twice: once in the parent with the child's pid, once in the child with 0. Each child serves its client and exits. Here the parent never calls waitpid(), so every finished child stays in the process table as a zombie: it runs no code and holds no memory, but its pid and exit status are kept until its parent collects them. After the clients are done the window keeps the server running until you press Stop; meanwhile `ps -o pid,stat,cmd --ppid &lt;server pid&gt;` (the pid is in the status bar) shows them with state Z and &lt;defunct&gt;. Forever-running servers that never reap eventually fill the process table.</source>
        <extracomment>zombies: description</extracomment>
        <translation>Ein forkender Server gibt jeder Verbindung einen Kindprozess, erzeugt mit fork(), das zweimal zurückkehrt: einmal im Elternprozess mit der pid des Kindes, einmal im Kind mit 0. Jeder Kindprozess bedient seinen Client und beendet sich. Hier ruft der Elternprozess nie waitpid() auf, also bleibt jeder beendete Kindprozess als Zombie in der Prozesstabelle: Er führt keinen Code aus und hält keinen Speicher, aber seine pid und sein Exit-Status werden aufbewahrt, bis sein Elternprozess sie abholt. Wenn die Clients fertig sind, hält das Fenster den Server am Laufen, bis du Anhalten drückst; währenddessen zeigt `ps -o pid,stat,cmd --ppid &lt;server pid&gt;` (die pid steht in der Statusleiste) sie mit dem Zustand Z und &lt;defunct&gt;. Ewig laufende Server, die nie einsammeln, füllen irgendwann die Prozesstabelle.</translation>
    </message>
    <message>
        <source>fork() per connection</source>
        <extracomment>zombies: chapters[0].title</extracomment>
        <translation>fork() pro Verbindung</translation>
    </message>
    <message>
        <source>After accept() the parent called fork(). The child serves the client; the parent goes back to accept().</source>
        <extracomment>zombies: chapters[0].text</extracomment>
        <translation>Nach accept() hat der Elternprozess fork() aufgerufen. Der Kindprozess bedient den Client; der Elternprozess kehrt zu accept() zurück.</translation>
    </message>
    <message>
        <source>The first zombie</source>
        <extracomment>zombies: chapters[1].title</extracomment>
        <translation>Der erste Zombie</translation>
    </message>
    <message>
        <source>Child 1 has finished and exited. Its lane turns into a zombie: dead, but still listed, because the parent has not asked for its exit status.</source>
        <extracomment>zombies: chapters[1].text</extracomment>
        <translation>Kindprozess 1 ist fertig und hat sich beendet. Seine Bahn wird zum Zombie: tot, aber noch gelistet, weil der Elternprozess nicht nach seinem Exit-Status gefragt hat.</translation>
    </message>
    <message>
        <source>Still there</source>
        <extracomment>zombies: chapters[2].title</extracomment>
        <translation>Immer noch da</translation>
    </message>
    <message>
        <source>A new client arrives and the parent forks again, yet the old zombies remain: with reap policy none, nobody calls waitpid(). They stay until you press Stop, when SockScope collects them (a real server that never reaps keeps them until it exits).</source>
        <extracomment>zombies: chapters[2].text</extracomment>
        <translation>Ein neuer Client kommt an, und der Elternprozess forkt erneut, doch die alten Zombies bleiben: Mit der Einsammel-Strategie none ruft niemand waitpid() auf. Sie bleiben, bis du Anhalten drückst; dann sammelt SockScope sie ein (ein echter Server, der nie einsammelt, behält sie, bis er sich beendet).</translation>
    </message>
    <message>
        <source>When client 4 connects at 1.2 s, how many zombies does the server have?</source>
        <extracomment>zombies: predict[0].question</extracomment>
        <translation>Wenn sich Client 4 nach 1,2 s verbindet, wie viele Zombies hat der Server?</translation>
    </message>
    <message>
        <source>None: children disappear when they exit</source>
        <extracomment>zombies: predict[0].choices[0]</extracomment>
        <translation>Keine: Kindprozesse verschwinden, wenn sie sich beenden</translation>
    </message>
    <message>
        <source>Children 1, 2 and 3 have exited and nobody has reaped them, so all three are zombies.</source>
        <extracomment>zombies: predict[0].explanation</extracomment>
        <translation>Kindprozesse 1, 2 und 3 haben sich beendet, und niemand hat sie eingesammelt, also sind alle drei Zombies.</translation>
    </message>
</context>
</TS>
