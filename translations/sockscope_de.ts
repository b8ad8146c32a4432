<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lanes</name>
    <message>
        <source>Server process</source>
        <translation>Serverprozess</translation>
    </message>
    <message>
        <source>Forked children</source>
        <translation>Geforkte Kindprozesse</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>External clients</source>
        <translation>Externe Clients</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>tid %1</source>
        <translation>TID %1</translation>
    </message>
    <message>
        <source>Tasks on the loop thread (not threads)</source>
        <translation>Tasks auf dem Loop-Thread (keine Threads)</translation>
    </message>
    <message>
        <source>on tid %1</source>
        <translation>auf tid %1</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Sequential</source>
        <translation>Sequenziell</translation>
    </message>
    <message>
        <source>One client at a time: accept, serve it to the end, accept the next.</source>
        <translation>Ein Client nach dem anderen: annehmen, bis zum Ende bedienen, den nächsten annehmen.</translation>
    </message>
    <message>
        <source>Thread per client</source>
        <translation>Thread pro Client</translation>
    </message>
    <message>
        <source>The main thread accepts; each connection gets a thread of its own.</source>
        <translation>Der Haupt-Thread nimmt an; jede Verbindung bekommt einen eigenen Thread.</translation>
    </message>
    <message>
        <source>Process per client</source>
        <translation>Prozess pro Client</translation>
    </message>
    <message>
        <source>fork() a child per connection; finished children are zombies until reaped.</source>
        <translation>fork() eines Kindes pro Verbindung; beendete Kinder sind Zombies, bis sie eingesammelt werden.</translation>
    </message>
    <message>
        <source>select()</source>
        <translation>select()</translation>
    </message>
    <message>
        <source>One thread waits in select() on every socket and serves whichever is ready.</source>
        <translation>Ein Thread wartet in select() auf alle Sockets und bedient den, der bereit ist.</translation>
    </message>
    <message>
        <source>poll()</source>
        <translation>poll()</translation>
    </message>
    <message>
        <source>Like select(), with an array of pollfd instead of bit sets; no 1024 limit.</source>
        <translation>Wie select(), aber mit einem pollfd-Array statt Bitmengen; keine Grenze von 1024.</translation>
    </message>
    <message>
        <source>epoll</source>
        <translation>epoll</translation>
    </message>
    <message>
        <source>The kernel keeps the interest list; epoll_wait() returns only ready sockets.</source>
        <translation>Der Kernel führt die Interessenliste; epoll_wait() liefert nur bereite Sockets.</translation>
    </message>
    <message>
        <source>Non-blocking loop</source>
        <translation>Nicht blockierende Schleife</translation>
    </message>
    <message>
        <source>Non-blocking sockets tried in a loop: every call that would wait returns EAGAIN.</source>
        <translation>Nicht blockierende Sockets in einer Schleife: Jeder Aufruf, der warten müsste, liefert EAGAIN.</translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>UDP-Echo</translation>
    </message>
    <message>
        <source>Datagrams: no listen, no accept, no connection; recvfrom() tells who sent.</source>
        <translation>Datagramme: kein listen, kein accept, keine Verbindung; recvfrom() sagt, wer gesendet hat.</translation>
    </message>
    <message>
        <source>asyncio</source>
        <translation>asyncio</translation>
    </message>
    <message>
        <source>One thread, one epoll loop, a coroutine (task) per client that awaits instead of blocking.</source>
        <translation>Ein Thread, eine epoll-Schleife, eine Koroutine (Task) pro Client, die wartet (await), statt zu blockieren.</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. The loop accepts the new connections, a task for each, and resumes the task that awaits each of the others, one after the other, on this thread.</source>
        <translation>%1 ist aufgewacht, weil der Kernel %2 als bereit meldet: %3. Die Schleife nimmt die neuen Verbindungen an, einen Task für jede, und setzt den Task fort, der auf jeden der anderen wartet, einen nach dem anderen, auf diesem Thread.</translation>
    </message>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. No task awaits the listening socket: the loop itself calls accept() and makes a task for each new connection, on this thread.</source>
        <translation>%1 ist aufgewacht, weil der Kernel %2 als bereit meldet: %3. Kein Task wartet auf den lauschenden Socket: Die Schleife ruft selbst accept() auf und macht für jede neue Verbindung einen Task, auf diesem Thread.</translation>
    </message>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. The loop resumes the task that awaits each of them, one after the other, on this thread.</source>
        <translation>%1 ist aufgewacht, weil der Kernel %2 als bereit meldet: %3. Die Schleife setzt den Task fort, der auf jeden davon wartet, einen nach dem anderen, auf diesem Thread.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) already waiting in the accept queue, so accept() returns at once without blocking.</source>
        <translation>
            <numerusform>%n Verbindung wartete schon in der Accept-Warteschlange, also kehrt accept() sofort zurück, ohne zu blockieren.</numerusform>
            <numerusform>%n Verbindungen warteten schon in der Accept-Warteschlange, also kehrt accept() sofort zurück, ohne zu blockieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already in the receive buffer, so recv() returns at once without blocking.</source>
        <translation>
            <numerusform>%n Byte liegt schon im Empfangspuffer, also kehrt recv() sofort zurück, ohne zu blockieren.</numerusform>
            <numerusform>%n Bytes liegen schon im Empfangspuffer, also kehrt recv() sofort zurück, ohne zu blockieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recv() on fd %1 returned %n byte(s)%2 because %3 sent data and the kernel had it waiting in the receive buffer.</source>
        <translation>
            <numerusform>recv() auf fd %1 lieferte %n Byte%2, weil %3 Daten gesendet hat und der Kernel sie im Empfangspuffer bereithielt.</numerusform>
            <numerusform>recv() auf fd %1 lieferte %n Bytes%2, weil %3 Daten gesendet hat und der Kernel sie im Empfangspuffer bereithielt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 handed %n byte(s)%2 to the kernel on fd %3, for %4. send() returns as soon as the bytes are in the send buffer, not when the other side reads them.</source>
        <translation>
            <numerusform>%1 hat dem Kernel %n Byte%2 auf fd %3 übergeben, für %4. send() kehrt zurück, sobald die Bytes im Sendepuffer liegen, nicht erst, wenn die Gegenseite sie liest.</numerusform>
            <numerusform>%1 hat dem Kernel %n Bytes%2 auf fd %3 übergeben, für %4. send() kehrt zurück, sobald die Bytes im Sendepuffer liegen, nicht erst, wenn die Gegenseite sie liest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>send() on fd %1 returned after handing over %n byte(s): %2 read enough to make room in the buffer.</source>
        <translation>
            <numerusform>send() auf fd %1 kehrte zurück, nachdem es %n Byte übergeben hatte: %2 hat genug gelesen, um Platz im Puffer zu schaffen.</numerusform>
            <numerusform>send() auf fd %1 kehrte zurück, nachdem es %n Bytes übergeben hatte: %2 hat genug gelesen, um Platz im Puffer zu schaffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recvfrom() returned a datagram of %n byte(s)%1 from %2. The sender&apos;s address comes with every datagram, so the reply can go back to it.</source>
        <translation>
            <numerusform>recvfrom() lieferte ein Datagramm von %n Byte%1 von %2. Die Adresse des Absenders kommt mit jedem Datagramm, so kann die Antwort zu ihm zurück.</numerusform>
            <numerusform>recvfrom() lieferte ein Datagramm von %n Bytes%1 von %2. Die Adresse des Absenders kommt mit jedem Datagramm, so kann die Antwort zu ihm zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent a datagram of %n byte(s)%2 to %3 with sendto(): one message, no connection, no guarantee it arrives.</source>
        <translation>
            <numerusform>%1 hat mit sendto() ein Datagramm von %n Byte%2 an %3 gesendet: eine Nachricht, keine Verbindung, keine Garantie, dass es ankommt.</numerusform>
            <numerusform>%1 hat mit sendto() ein Datagramm von %n Bytes%2 an %3 gesendet: eine Nachricht, keine Verbindung, keine Garantie, dass es ankommt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketLanes</name>
    <message>
        <source>this trace holds no samples of the kernel&apos;s sockets (a UDP run, a run recorded without the kernel sampler, or a file from an older SockScope)</source>
        <translation>dieser Trace enthält keine Stichproben der Sockets des Kernels (ein UDP-Lauf, ein Lauf ohne den Kernel-Sampler oder eine Datei einer älteren SockScope-Version)</translation>
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
        <translation>lauscht auf %1</translation>
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
        <translation>PID %1</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <source>no descriptor</source>
        <translation>kein Deskriptor</translation>
    </message>
    <message>
        <source>%1: fd %2</source>
        <translation>%1: fd %2</translation>
    </message>
    <message>
        <source>%1: no fd sampled</source>
        <translation>%1: kein fd in den Stichproben</translation>
    </message>
    <message>
        <source>%1 (sampled; first seen %2 earlier)</source>
        <translation>%1 (Stichprobe; zuerst %2 vorher gesehen)</translation>
    </message>
    <message>
        <source>no queue sample yet</source>
        <translation>noch keine Stichprobe der Warteschlangen</translation>
    </message>
    <message>
        <source>accept queue not sampled</source>
        <translation>Accept-Warteschlange nicht abgetastet</translation>
    </message>
    <message>
        <source>accept queue %1 of %2 (backlog %3 + 1)</source>
        <translation>Accept-Warteschlange %1 von %2 (Backlog %3 + 1)</translation>
    </message>
    <message>
        <source>accept queue %1</source>
        <translation>Accept-Warteschlange %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n connection(s) dropped since listen()</source>
        <translation>
            <numerusform>; %n Verbindung seit listen() verworfen</numerusform>
            <numerusform>; %n Verbindungen seit listen() verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unread (receive buffer %1)</source>
        <translation>
            <numerusform>%n Byte ungelesen (Empfangspuffer %1)</numerusform>
            <numerusform>%n Bytes ungelesen (Empfangspuffer %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unread</source>
        <translation>
            <numerusform>%n Byte ungelesen</numerusform>
            <numerusform>%n Bytes ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unsent or unacknowledged (send buffer %1)</source>
        <translation>
            <numerusform>%n Byte ungesendet oder unbestätigt (Sendepuffer %1)</numerusform>
            <numerusform>%n Bytes ungesendet oder unbestätigt (Sendepuffer %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unsent or unacknowledged</source>
        <translation>
            <numerusform>%n Byte ungesendet oder unbestätigt</numerusform>
            <numerusform>%n Bytes ungesendet oder unbestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>queues not sampled</source>
        <translation>Warteschlangen nicht abgetastet</translation>
    </message>
    <message>
        <source>held by fd %1 of pid %2</source>
        <translation>gehalten von fd %1 von PID %2</translation>
    </message>
    <message>
        <source>last held by fd %1 of pid %2</source>
        <translation>zuletzt gehalten von fd %1 von PID %2</translation>
    </message>
    <message>
        <source>held by no descriptor of the run&apos;s processes</source>
        <translation>von keinem Deskriptor der Prozesse des Laufs gehalten</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>&quot;server&quot;, &quot;thread&quot;, &quot;child&quot;, &quot;task&quot;, &quot;client&quot; or an actor&apos;s name</source>
        <translation>&quot;server&quot;, &quot;thread&quot;, &quot;child&quot;, &quot;task&quot;, &quot;client&quot; oder der Name eines Akteurs</translation>
    </message>
    <message>
        <source>blocking_work only changes the asyncio model (its work becomes a blocking sleep instead of an awaited one), but &quot;models&quot; does not list asyncio; the other models&apos; work always blocks the thread that does it</source>
        <translation>blocking_work ändert nur das Modell asyncio (seine Arbeit wird ein blockierendes statt eines erwarteten Schlafens), aber &quot;models&quot; nennt asyncio nicht; bei den anderen Modellen blockiert die Arbeit immer den Thread, der sie tut</translation>
    </message>
    <message>
        <source>a list of variants, each {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</source>
        <translation>eine Liste von Varianten, jede {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</translation>
    </message>
    <message>
        <source>a variant {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</source>
        <translation>eine Variante {&quot;name&quot;: ..., &quot;model&quot;: ..., &quot;blocking_work&quot;: ...}</translation>
    </message>
    <message>
        <source>a short name of lowercase letters, digits and dashes, e.g. &quot;asyncio-await&quot;</source>
        <translation>ein kurzer Name aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. &quot;asyncio-await&quot;</translation>
    </message>
    <message>
        <source>expected a short name of lowercase letters, digits and dashes (used like a model: --model NAME), got %1</source>
        <translation>erwartet wurde ein kurzer Name aus Kleinbuchstaben, Ziffern und Bindestrichen (wie ein Modell verwendet: --model NAME), gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is the name of a model; a variant needs a name of its own, e.g. %2</source>
        <translation>%1 ist der Name eines Modells; eine Variante braucht einen eigenen Namen, z. B. %2</translation>
    </message>
    <message>
        <source>the variant %1 is listed twice</source>
        <translation>die Variante %1 steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>one of this scenario&apos;s models</source>
        <translation>eines der Modelle dieses Szenarios</translation>
    </message>
    <message>
        <source>a short title for lists</source>
        <translation>ein kurzer Titel für Listen</translation>
    </message>
    <message>
        <source>a variant sets &quot;blocking_work&quot; otherwise than the scenario&apos;s server does; this one sets nothing</source>
        <translation>eine Variante setzt &quot;blocking_work&quot; anders als der Server des Szenarios; diese setzt nichts</translation>
    </message>
    <message>
        <source>blocking_work only changes the asyncio model, but this variant is of %1</source>
        <translation>blocking_work ändert nur das Modell asyncio, aber diese Variante gehört zu %1</translation>
    </message>
    <message>
        <source>the scenario&apos;s server already has blocking_work %1: this variant would be the model %2 again</source>
        <translation>der Server des Szenarios hat schon blocking_work %1: diese Variante wäre noch einmal das Modell %2</translation>
    </message>
    <message>
        <source>blocking_work %1 only matches asyncio runs, but this is about %2</source>
        <translation>blocking_work %1 passt nur zu asyncio-Läufen, aber hier geht es um %2</translation>
    </message>
    <message>
        <source>a list of clients, each {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</source>
        <translation>eine Liste von Clients, jeder {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</translation>
    </message>
    <message>
        <source>expected at least one client</source>
        <translation>mindestens ein Client erwartet</translation>
    </message>
    <message>
        <source>a client object {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</source>
        <translation>ein Client-Objekt {&quot;name&quot;: ..., &quot;steps&quot;: [...]}</translation>
    </message>
    <message>
        <source>a client name such as &quot;client 1&quot;</source>
        <translation>ein Client-Name wie &quot;client 1&quot;</translation>
    </message>
    <message>
        <source>how many copies of this client, 1 or more</source>
        <translation>wie viele Kopien dieses Clients, 1 oder mehr</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>erwartet wird eines von %1, erhalten: %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>a list of steps, e.g. [&quot;connect&quot;, {&quot;do&quot;: &quot;send&quot;, &quot;data&quot;: &quot;hi\n&quot;}, &quot;recv&quot;, &quot;close&quot;]</source>
        <translation>eine Liste von Schritten, z. B. [&quot;connect&quot;, {&quot;do&quot;: &quot;send&quot;, &quot;data&quot;: &quot;hi\n&quot;}, &quot;recv&quot;, &quot;close&quot;]</translation>
    </message>
    <message>
        <source>two clients are named %1; give each client its own name</source>
        <translation>zwei Clients heißen %1; gib jedem Client einen eigenen Namen</translation>
    </message>
    <message>
        <source>%1 clients in all; SockScope runs at most %2</source>
        <translation>insgesamt %1 Clients; SockScope führt höchstens %2 aus</translation>
    </message>
    <message>
        <source>%1 clients need about %2 file descriptors (a client socket and a server socket each, plus %3 spare), but this process may open only %4 (RLIMIT_NOFILE, see `ulimit -n`). Use fewer clients (at most about %5), or raise the limit with `ulimit -n` before starting SockScope</source>
        <translation>%1 Clients brauchen etwa %2 Dateideskriptoren (je einen Client- und einen Server-Socket, plus %3 Reserve), aber dieser Prozess darf nur %4 öffnen (RLIMIT_NOFILE, siehe `ulimit -n`). Nimm weniger Clients (höchstens etwa %5) oder erhöhe die Grenze mit `ulimit -n`, bevor du SockScope startest</translation>
    </message>
    <message>
        <source>expected at least one step</source>
        <translation>mindestens ein Schritt erwartet</translation>
    </message>
    <message>
        <source>a %1 step after close: a closed socket can do nothing more</source>
        <translation>ein Schritt %1 nach close: Ein geschlossener Socket kann nichts mehr tun</translation>
    </message>
    <message>
        <source>this client is already connected; one client makes one connection (use another client, or &quot;repeat&quot;)</source>
        <translation>dieser Client ist bereits verbunden; ein Client baut eine Verbindung auf (nimm einen weiteren Client oder &quot;repeat&quot;)</translation>
    </message>
    <message>
        <source>a %1 step before &quot;connect&quot;: a client must connect first (for a UDP client, connect creates the socket and sets its destination)</source>
        <translation>ein Schritt %1 vor &quot;connect&quot;: Ein Client muss sich zuerst verbinden (bei einem UDP-Client erzeugt connect den Socket und setzt sein Ziel)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>a %1 step needs %2: write it as an object, e.g. {&quot;do&quot;: %1, %3}</source>
        <translation>ein Schritt %1 braucht %2: schreibe ihn als Objekt, z. B. {&quot;do&quot;: %1, %3}</translation>
    </message>
    <message>
        <source>expected a step: a name such as &quot;connect&quot;, or an object such as {&quot;do&quot;: &quot;sleep&quot;, &quot;ms&quot;: 500}; got %1</source>
        <translation>erwartet wird ein Schritt: ein Name wie &quot;connect&quot; oder ein Objekt wie {&quot;do&quot;: &quot;sleep&quot;, &quot;ms&quot;: 500}; erhalten: %1</translation>
    </message>
    <message>
        <source>missing required key &quot;do&quot;: expected the step&apos;s kind, one of %1</source>
        <translation>der Pflichtschlüssel &quot;do&quot; fehlt: erwartet wird die Art des Schritts, eine von %1</translation>
    </message>
    <message>
        <source>expected a step kind (%1), got %2</source>
        <translation>erwartet wird eine Schrittart (%1), erhalten: %2</translation>
    </message>
    <message>
        <source>%1 does not apply to a %2 step, which takes no parameters</source>
        <translation>%1 gilt nicht für einen Schritt %2, der keine Parameter hat</translation>
    </message>
    <message>
        <source>%1 does not apply to a %2 step (it takes: %3)</source>
        <translation>%1 gilt nicht für einen Schritt %2 (er nimmt: %3)</translation>
    </message>
    <message>
        <source>a delay in milliseconds, 0 or more</source>
        <translation>eine Verzögerung in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>the pause between pieces in milliseconds, 0 or more</source>
        <translation>die Pause zwischen den Stücken in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a number of bytes to send, 1 or more</source>
        <translation>eine Anzahl zu sendender Bytes, 1 oder mehr</translation>
    </message>
    <message>
        <source>a number of bytes to receive, 1 or more</source>
        <translation>eine Anzahl zu empfangender Bytes, 1 oder mehr</translation>
    </message>
    <message>
        <source>a number of pieces from 1 to 1000</source>
        <translation>eine Anzahl Stücke von 1 bis 1000</translation>
    </message>
    <message>
        <source>give the bytes to send either as text in &quot;data&quot; or in hexadecimal in &quot;data_hex&quot;, not both</source>
        <translation>geben Sie die zu sendenden Bytes entweder als Text in &quot;data&quot; oder hexadezimal in &quot;data_hex&quot; an, nicht beides</translation>
    </message>
    <message>
        <source>the text to send</source>
        <translation>der zu sendende Text</translation>
    </message>
    <message>
        <source>%1 pieces, but the data has only %2 bytes</source>
        <translation>%1 Stücke, aber die Daten haben nur %2 Bytes</translation>
    </message>
    <message>
        <source>send_framed frames the data the way the server expects, so it needs server.protocol &quot;delimited&quot; or &quot;length-prefixed&quot; (the server&apos;s protocol is %1)</source>
        <translation>send_framed rahmt die Daten so, wie der Server sie erwartet, und braucht daher server.protocol &quot;delimited&quot; oder &quot;length-prefixed&quot; (das Protokoll des Servers ist %1)</translation>
    </message>
    <message>
        <source>the bytes to send in hexadecimal, two digits a byte, e.g. &quot;ff 00 0a&quot; (spaces between bytes are allowed)</source>
        <translation>die zu sendenden Bytes hexadezimal, zwei Ziffern je Byte, z. B. &quot;ff 00 0a&quot; (Leerzeichen zwischen Bytes sind erlaubt)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected %1; %2 is not a hexadecimal digit%3</source>
        <translation>%1 erwartet; %2 ist keine Hexadezimalziffer%3</translation>
    </message>
    <message>
        <source> (each byte is two digits)</source>
        <translation> (jedes Byte hat zwei Ziffern)</translation>
    </message>
    <message>
        <source>expected %1; the last byte has only one digit</source>
        <translation>%1 erwartet; das letzte Byte hat nur eine Ziffer</translation>
    </message>
    <message>
        <source>expected %1, got an empty string</source>
        <translation>%1 erwartet, erhalten: eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>a list of console lines, each {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</source>
        <translation>eine Liste von Konsolenzeilen, jede {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>a console line {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</source>
        <translation>eine Konsolenzeile {&quot;at_ms&quot;: ..., &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>the line typed at the server&apos;s console</source>
        <translation>die an der Konsole des Servers getippte Zeile</translation>
    </message>
    <message>
        <source>console lines reach the server only if it watches its console: set &quot;server&quot;: {&quot;watch_console&quot;: true}</source>
        <translation>Konsolenzeilen erreichen den Server nur, wenn er seine Konsole beobachtet: setze &quot;server&quot;: {&quot;watch_console&quot;: true}</translation>
    </message>
    <message>
        <source>a list of chapters, each {&quot;when&quot;: {...}, &quot;text&quot;: ...}</source>
        <translation>eine Liste von Kapiteln, jedes {&quot;when&quot;: {...}, &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>a chapter {&quot;when&quot;: {&quot;kind&quot;: ...}, &quot;text&quot;: ...}</source>
        <translation>ein Kapitel {&quot;when&quot;: {&quot;kind&quot;: ...}, &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>a chapter needs &quot;when&quot; (the event it begins at) or &quot;at_ms&quot;</source>
        <translation>ein Kapitel braucht &quot;when&quot; (das Ereignis, mit dem es beginnt) oder &quot;at_ms&quot;</translation>
    </message>
    <message>
        <source>a short chapter title</source>
        <translation>ein kurzer Kapiteltitel</translation>
    </message>
    <message>
        <source>the note shown at that point</source>
        <translation>die Notiz, die an dieser Stelle erscheint</translation>
    </message>
    <message>
        <source>a list of questions, each {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</source>
        <translation>eine Liste von Fragen, jede {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</translation>
    </message>
    <message>
        <source>a question {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</source>
        <translation>eine Frage {&quot;question&quot;, &quot;choices&quot;, &quot;answer&quot;, &quot;explanation&quot;}</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>die Frage</translation>
    </message>
    <message>
        <source>why the answer is right, shown after the run</source>
        <translation>warum die Antwort stimmt, gezeigt nach dem Lauf</translation>
    </message>
    <message>
        <source>a list of at least two answers to choose from</source>
        <translation>eine Liste von mindestens zwei Antworten zur Auswahl</translation>
    </message>
    <message>
        <source>expected the text of a choice, got %1</source>
        <translation>erwartet wird der Text einer Antwort, erhalten: %1</translation>
    </message>
    <message>
        <source>expected at least two choices, got %1</source>
        <translation>mindestens zwei Antworten erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>the index of the right choice, counting from 0</source>
        <translation>der Index der richtigen Antwort, ab 0 gezählt</translation>
    </message>
    <message>
        <source>answer %1 is not a choice: with %2 choices the answer is 0 to %3 (counting from 0)</source>
        <translation>Antwort %1 ist keine Auswahl: Bei %2 Antworten ist die Antwort 0 bis %3 (ab 0 gezählt)</translation>
    </message>
    <message>
        <source>a list of model names</source>
        <translation>eine Liste von Modellnamen</translation>
    </message>
    <message>
        <source>expected a model name, got %1</source>
        <translation>ein Modellname erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is not one of this scenario&apos;s models (%2)</source>
        <translation>%1 gehört nicht zu den Modellen dieses Szenarios (%2)</translation>
    </message>
    <message>
        <source>an object {&quot;start&quot;: ..., &quot;checks&quot;: [...]}</source>
        <translation>ein Objekt {&quot;start&quot;: ..., &quot;checks&quot;: [...]}</translation>
    </message>
    <message>
        <source>&quot;succeeds&quot; or &quot;fails&quot;</source>
        <translation>&quot;succeeds&quot; oder &quot;fails&quot;</translation>
    </message>
    <message>
        <source>start outcome</source>
        <translation>Ausgang des Starts</translation>
    </message>
    <message>
        <source>a list of checks</source>
        <translation>eine Liste von Prüfungen</translation>
    </message>
    <message>
        <source>a check such as {&quot;count&quot;: {&quot;kind&quot;: &quot;accept_end&quot;}, &quot;equals&quot;: 3}</source>
        <translation>eine Prüfung wie {&quot;count&quot;: {&quot;kind&quot;: &quot;accept_end&quot;}, &quot;equals&quot;: 3}</translation>
    </message>
    <message>
        <source>a check needs exactly one of &quot;count&quot;, &quot;metric&quot;, &quot;order&quot; or &quot;received&quot; (this one has %1)</source>
        <translation>eine Prüfung braucht genau eines von &quot;count&quot;, &quot;metric&quot;, &quot;order&quot; oder &quot;received&quot; (diese hat %1)</translation>
    </message>
    <message>
        <source>expected a metric name (%1), got %2</source>
        <translation>erwartet wird ein Metrikname (%1), erhalten: %2</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>expected a list of at least two event patterns, earliest first</source>
        <translation>erwartet wird eine Liste von mindestens zwei Ereignismustern, das früheste zuerst</translation>
    </message>
    <message>
        <source>an object {&quot;client&quot;: ..., &quot;contains&quot;: ...}</source>
        <translation>ein Objekt {&quot;client&quot;: ..., &quot;contains&quot;: ...}</translation>
    </message>
    <message>
        <source>a client&apos;s name</source>
        <translation>der Name eines Clients</translation>
    </message>
    <message>
        <source>the text the client must have received</source>
        <translation>der Text, den der Client empfangen haben muss</translation>
    </message>
    <message>
        <source>a %1 check needs &quot;equals&quot;, &quot;min&quot; or &quot;max&quot;</source>
        <translation>eine Prüfung %1 braucht &quot;equals&quot;, &quot;min&quot; oder &quot;max&quot;</translation>
    </message>
    <message>
        <source>what the check shows, said when it fails</source>
        <translation>was die Prüfung zeigt, genannt, wenn sie fehlschlägt</translation>
    </message>
    <message>
        <source>%1 only applies to count and metric checks</source>
        <translation>%1 gilt nur für count- und metric-Prüfungen</translation>
    </message>
    <message>
        <source>a whole number, 0 or more, or &quot;clients&quot; (the number of clients)</source>
        <translation>eine ganze Zahl, 0 oder mehr, oder &quot;clients&quot; (die Anzahl der Clients)</translation>
    </message>
    <message>
        <source>no client is named %1</source>
        <translation>kein Client heißt %1</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meintest du %1?</translation>
    </message>
    <message>
        <source> (clients: %1%2)</source>
        <translation> (Clients: %1%2)</translation>
    </message>
    <message>
        <source>an event pattern such as {&quot;kind&quot;: &quot;accept_end&quot;, &quot;peer&quot;: &quot;client 2&quot;}</source>
        <translation>ein Ereignismuster wie {&quot;kind&quot;: &quot;accept_end&quot;, &quot;peer&quot;: &quot;client 2&quot;}</translation>
    </message>
    <message>
        <source>event kind</source>
        <translation>Ereignisart</translation>
    </message>
    <message>
        <source>expected an event kind such as &quot;accept_end&quot;, got %1</source>
        <translation>erwartet wird eine Ereignisart wie &quot;accept_end&quot;, erhalten: %1</translation>
    </message>
    <message>
        <source>errno name</source>
        <translation>errno-Name</translation>
    </message>
    <message>
        <source>expected an errno name such as &quot;ECONNREFUSED&quot; (or &quot;none&quot;), got %1</source>
        <translation>erwartet wird ein errno-Name wie &quot;ECONNREFUSED&quot; (oder &quot;none&quot;), erhalten: %1</translation>
    </message>
    <message>
        <source>a byte count, 0 or more (0: the peer closed)</source>
        <translation>eine Byteanzahl, 0 oder mehr (0: Die Gegenseite hat geschlossen)</translation>
    </message>
    <message>
        <source>a byte count, 0 or more</source>
        <translation>eine Byteanzahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>a TCP state such as &quot;CLOSE_WAIT&quot;</source>
        <translation>ein TCP-Zustand wie &quot;CLOSE_WAIT&quot;</translation>
    </message>
    <message>
        <source>TCP state</source>
        <translation>TCP-Zustand</translation>
    </message>
    <message>
        <source>&quot;first&quot; or &quot;last&quot;</source>
        <translation>&quot;first&quot; oder &quot;last&quot;</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>a list of the models this scenario fits, e.g. [&quot;sequential&quot;, &quot;threaded&quot;]</source>
        <translation>eine Liste der Modelle, zu denen dieses Szenario passt, z. B. [&quot;sequential&quot;, &quot;threaded&quot;]</translation>
    </message>
    <message>
        <source>expected at least one model; known models: %1</source>
        <translation>mindestens ein Modell erwartet; bekannte Modelle: %1</translation>
    </message>
    <message>
        <source>the model %1 is listed twice</source>
        <translation>das Modell %1 steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>the default model %1 must be one of &quot;models&quot;: %2</source>
        <translation>das Standardmodell %1 muss eines von &quot;models&quot; sein: %2</translation>
    </message>
    <message>
        <source>unknown model %1</source>
        <translation>unbekanntes Modell %1</translation>
    </message>
    <message>
        <source> (known models: %1)</source>
        <translation> (bekannte Modelle: %1)</translation>
    </message>
    <message>
        <source>an object with the server&apos;s options</source>
        <translation>ein Objekt mit den Optionen des Servers</translation>
    </message>
    <message>
        <source>a port number from 0 to 65535 (0: the kernel picks a free port)</source>
        <translation>eine Portnummer von 0 bis 65535 (0: Der Kernel wählt einen freien Port)</translation>
    </message>
    <message>
        <source>port %1 is a well-known port (0-1023): only the administrator (root, or a program with CAP_NET_BIND_SERVICE) may bind it, and SockScope runs as you. Use 0 to let the kernel pick a free port, or a port from 1024 to 65535</source>
        <translation>Port %1 ist ein Well-known-Port (0–1023): Nur der Administrator (root oder ein Programm mit CAP_NET_BIND_SERVICE) darf ihn binden, und SockScope läuft mit deinen Rechten. Nimm 0, damit der Kernel einen freien Port wählt, oder einen Port von 1024 bis 65535</translation>
    </message>
    <message>
        <source>a listen backlog from 0 to 4096</source>
        <translation>ein Listen-Backlog von 0 bis 4096</translation>
    </message>
    <message>
        <source>the backlog counts waiting connections</source>
        <translation>der Backlog zählt wartende Verbindungen</translation>
    </message>
    <message>
        <source>the most connections served at once, 0 (no cap) to 65535</source>
        <translation>die meisten gleichzeitig bedienten Verbindungen, 0 (keine Grenze) bis 65535</translation>
    </message>
    <message>
        <source>an IPv4 loopback address such as &quot;127.0.0.1&quot;</source>
        <translation>eine IPv4-Loopback-Adresse wie &quot;127.0.0.1&quot;</translation>
    </message>
    <message>
        <source>expected an IPv4 address such as &quot;127.0.0.1&quot;, got %1</source>
        <translation>erwartet wird eine IPv4-Adresse wie &quot;127.0.0.1&quot;, erhalten: %1</translation>
    </message>
    <message>
        <source>a scenario file may only bind to loopback (127.x.x.x), so opening a lesson never exposes a server to the network; got %1. To listen on another address, say so on the command line (--bind)</source>
        <translation>eine Szenariodatei darf nur an Loopback (127.x.x.x) binden, damit das Öffnen einer Lektion nie einen Server ins Netzwerk stellt; erhalten: %1. Um auf einer anderen Adresse zu lauschen, sag es auf der Kommandozeile (--bind)</translation>
    </message>
    <message>
        <source>the handler&apos;s work in milliseconds, 0 or more</source>
        <translation>die Arbeitszeit des Handlers in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>a message length in bytes, 1 or more</source>
        <translation>eine Nachrichtenlänge in Bytes, 1 oder mehr</translation>
    </message>
    <message>
        <source>fixed_length only applies with &quot;protocol&quot;: &quot;fixed-length&quot;</source>
        <translation>fixed_length gilt nur mit &quot;protocol&quot;: &quot;fixed-length&quot;</translation>
    </message>
    <message>
        <source>the delimiter is %1 bytes; the server&apos;s delimiter is at most %2 bytes</source>
        <translation>das Trennzeichen hat %1 Bytes; das Trennzeichen des Servers hat höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>delimiter only applies with &quot;protocol&quot;: &quot;delimited&quot;</source>
        <translation>delimiter gilt nur mit &quot;protocol&quot;: &quot;delimited&quot;</translation>
    </message>
    <message>
        <source>the reply text</source>
        <translation>der Antworttext</translation>
    </message>
    <message>
        <source>the reply is %1 bytes in UTF-8; a reply is at most %2 bytes</source>
        <translation>die Antwort hat in UTF-8 %1 Bytes; eine Antwort hat höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>the recv() buffer size in bytes, 1 or more</source>
        <translation>die Puffergröße von recv() in Bytes, 1 oder mehr</translation>
    </message>
    <message>
        <source>reaping policy</source>
        <translation>Einsammel-Strategie</translation>
    </message>
    <message>
        <source>how long the server sleeps before its first accept(), in milliseconds</source>
        <translation>wie lange der Server vor seinem ersten accept() schläft, in Millisekunden</translation>
    </message>
    <message>
        <source>the size of each reply in bytes, 0 (the usual reply) to %1</source>
        <translation>die Größe jeder Antwort in Bytes, 0 (die übliche Antwort) bis %1</translation>
    </message>
    <message>
        <source>the SO_SNDBUF of each connection in bytes, 0 (the kernel&apos;s default) to 16777216</source>
        <translation>der SO_SNDBUF jeder Verbindung in Bytes, 0 (die Vorgabe des Kernels) bis 16777216</translation>
    </message>
    <message>
        <source>%1 is implemented by the sequential model only, and this scenario also lists %2: list only &quot;sequential&quot; in &quot;models&quot;</source>
        <translation>%1 gibt es nur im sequentiellen Modell, und dieses Szenario nennt auch %2: nennen Sie in &quot;models&quot; nur &quot;sequential&quot;</translation>
    </message>
    <message>
        <source>send_buffer only matters with &quot;send_bytes&quot;: without a large reply the send buffer never fills</source>
        <translation>send_buffer wirkt nur mit &quot;send_bytes&quot;: ohne eine große Antwort wird der Sendepuffer nie voll</translation>
    </message>
    <message>
        <source>a delimiter string such as &quot;\n&quot;</source>
        <translation>ein Trennzeichen wie &quot;\n&quot;</translation>
    </message>
    <message>
        <source>expected a delimiter string such as &quot;\n&quot;, got an empty string</source>
        <translation>erwartet wird ein Trennzeichen wie &quot;\n&quot;, erhalten: eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>unbekannte %1 %2</translation>
    </message>
    <message>
        <source> (expected one of %1)</source>
        <translation> (erwartet wird eines von %1)</translation>
    </message>
    <message>
        <source> (write numbers without quotes)</source>
        <translation> (schreibe Zahlen ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>expected %1, got %2, which is not a whole number</source>
        <translation>%1 erwartet, %2 erhalten, was keine ganze Zahl ist</translation>
    </message>
    <message>
        <source>expected %1, at most %2; got %3</source>
        <translation>%1 erwartet, höchstens %2; %3 erhalten</translation>
    </message>
    <message>
        <source>a scenario object { &quot;name&quot;: ..., &quot;models&quot;: [...], ... }</source>
        <translation>ein Szenario-Objekt { &quot;name&quot;: ..., &quot;models&quot;: [...], ... }</translation>
    </message>
    <message>
        <source>a short name of lowercase letters, digits and dashes, e.g. &quot;one-slow-client&quot;</source>
        <translation>ein kurzer Name aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. &quot;one-slow-client&quot;</translation>
    </message>
    <message>
        <source>expected a short name of lowercase letters, digits and dashes (used on the command line: --scenario NAME), got %1</source>
        <translation>erwartet wird ein kurzer Name aus Kleinbuchstaben, Ziffern und Bindestrichen (auf der Kommandozeile: --scenario NAME), erhalten: %1</translation>
    </message>
    <message>
        <source>a title for menus, e.g. &quot;One slow client&quot;</source>
        <translation>ein Titel für Menüs, z. B. &quot;One slow client&quot;</translation>
    </message>
    <message>
        <source>a topic, e.g. &quot;blocking&quot; or &quot;processes&quot;</source>
        <translation>ein Thema, z. B. &quot;blocking&quot; oder &quot;processes&quot;</translation>
    </message>
    <message>
        <source>a description for students</source>
        <translation>eine Beschreibung für Lernende</translation>
    </message>
    <message>
        <source>a lesson number, 1 or more</source>
        <translation>eine Lektionsnummer, 1 oder mehr</translation>
    </message>
    <message>
        <source>expected a speed factor from 0.05 (20 times slower) to 100, got %1</source>
        <translation>erwartet wird ein Tempofaktor von 0.05 (20-mal langsamer) bis 100, erhalten: %1</translation>
    </message>
    <message>
        <source>a time limit in milliseconds, 100 or more</source>
        <translation>eine Zeitgrenze in Millisekunden, 100 oder mehr</translation>
    </message>
    <message>
        <source>only a readiness loop (select, poll, epoll) can watch its console beside its sockets, but &quot;models&quot; lists %1</source>
        <translation>nur eine Bereitschaftsschleife (select, poll, epoll) kann neben ihren Sockets die Konsole beobachten, aber &quot;models&quot; nennt %1</translation>
    </message>
    <message>
        <source>a UDP client can only talk to the udp model, but &quot;models&quot; lists TCP models too (leave &quot;udp&quot; out: clients talk UDP to the udp model by themselves)</source>
        <translation>ein UDP-Client kann nur mit dem Modell udp sprechen, aber &quot;models&quot; nennt auch TCP-Modelle (lass &quot;udp&quot; weg: Clients sprechen mit dem Modell udp von selbst UDP)</translation>
    </message>
</context>
<context>
    <name>Validator::Object</name>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>the key %1 is given twice; keep one</source>
        <translation>der Schlüssel %1 steht zweimal da; behalte einen</translation>
    </message>
    <message>
        <source>missing required key %1: expected %2</source>
        <translation>der Pflichtschlüssel %1 fehlt: erwartet wird %2</translation>
    </message>
    <message>
        <source>expected %1, got an empty string</source>
        <translation>%1 erwartet, erhalten: eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meintest du %1?</translation>
    </message>
    <message>
        <source> (this object takes no keys)</source>
        <translation> (dieses Objekt nimmt keine Schlüssel)</translation>
    </message>
    <message>
        <source> (known keys here: %1)</source>
        <translation> (hier bekannte Schlüssel: %1)</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message numerus="yes">
        <source>, … %n more</source>
        <translation>
            <numerusform>, … %n weiterer</numerusform>
            <numerusform>, … %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) already in the accept queue</source>
        <translation>
            <numerusform>%n Verbindung lag schon in der Accept-Warteschlange</numerusform>
            <numerusform>%n Verbindungen lagen schon in der Accept-Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>a connection was already in the accept queue</source>
        <translation>eine Verbindung lag schon in der Accept-Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already in the receive buffer</source>
        <translation>
            <numerusform>%n Byte lag schon im Empfangspuffer</numerusform>
            <numerusform>%n Bytes lagen schon im Empfangspuffer</numerusform>
        </translation>
    </message>
    <message>
        <source>the other end had already closed (end of stream)</source>
        <translation>die Gegenseite hatte schon geschlossen (Ende des Datenstroms)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>With --screenshot: put the cursor on event N first (0: the first, -1: the last).</source>
        <translation>Mit --screenshot: den Cursor zuerst auf Ereignis N setzen (0: das erste, -1: das letzte).</translation>
    </message>
    <message>
        <source>(try sockscope --help)</source>
        <translation>(siehe sockscope --help)</translation>
    </message>
    <message>
        <source>Watch real servers block, wake, fork and select.</source>
        <translation>Echte Server beim Blockieren, Aufwachen, Forken und Selektieren beobachten.</translation>
    </message>
    <message>
        <source>Scenario name or file.</source>
        <translation>Name oder Datei des Szenarios.</translation>
    </message>
    <message>
        <source>Server model.</source>
        <translation>Servermodell.</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>Den Lauf sofort starten.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen).</source>
        <translation>Im Präsentationsmodus starten (Vollbild).</translation>
    </message>
    <message>
        <source>With --screenshot: run at most SEC seconds.</source>
        <translation>Mit --screenshot: höchstens SEC Sekunden laufen.</translation>
    </message>
    <message>
        <source>Run the scenario, save the window as PNG, exit.</source>
        <translation>Das Szenario ausführen, das Fenster als PNG speichern, beenden.</translation>
    </message>
    <message>
        <source>Show a made-up trace (threaded, forking, select, large:N) instead of running a server.</source>
        <translation>Eine erfundene Aufzeichnung zeigen (threaded, forking, select, large:N), statt einen Server zu starten.</translation>
    </message>
    <message>
        <source>A trace file to open.</source>
        <translation>Eine Aufzeichnungsdatei zum Öffnen.</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;</source>
        <translation>unbekanntes Szenario „%1“</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos;</source>
        <translation>unbekanntes Modell „%1“</translation>
    </message>
    <message>
        <source>unknown synthetic trace &apos;%1&apos;</source>
        <translation>unbekannte synthetische Aufzeichnung „%1“</translation>
    </message>
    <message>
        <source>--cursor takes an event index (0, 7, -1), not &apos;%1&apos;</source>
        <translation>--cursor erwartet einen Ereignisindex (0, 7, -1), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cursor only applies with --screenshot</source>
        <translation>--cursor gilt nur zusammen mit --screenshot</translation>
    </message>
    <message>
        <source>--cursor %1: the trace has %2 events (0 to %3, or -1 to -%2)</source>
        <translation>--cursor %1: Die Aufzeichnung hat %2 Ereignisse (0 bis %3 oder -1 bis -%2)</translation>
    </message>
    <message>
        <source>Watch your own program: sockscope --watch -- PROGRAM [ARGS...] (no shell runs it).</source>
        <translation>Ihr eigenes Programm beobachten: sockscope --watch -- PROGRAMM [ARGUMENTE...] (keine Shell startet es).</translation>
    </message>
    <message>
        <source>With --watch and --scenario: the port the program listens on; the scenario&apos;s clients connect to it.</source>
        <translation>Mit --watch und --scenario: der Port, auf dem das Programm lauscht; die Clients des Szenarios verbinden sich dorthin.</translation>
    </message>
    <message>
        <source>--watch needs -- PROGRAM [ARGS...] (the program to watch)</source>
        <translation>--watch braucht -- PROGRAMM [ARGUMENTE...] (das zu beobachtende Programm)</translation>
    </message>
    <message>
        <source>--port needs a port from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port braucht einen Port von 1 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>with --watch, --scenario and --port go together: the scenario&apos;s clients are sent at the port the program listens on</source>
        <translation>mit --watch gehören --scenario und --port zusammen: die Clients des Szenarios werden an den Port geschickt, auf dem das Programm lauscht</translation>
    </message>
    <message>
        <source>--port only applies with --watch</source>
        <translation>--port gilt nur mit --watch</translation>
    </message>
    <message>
        <source>Lanes to show: waits (threads, processes, clients), kernel (one lane per socket) or both.</source>
        <translation>Zu zeigende Bahnen: waits (Threads, Prozesse, Clients), kernel (eine Bahn je Socket) oder both.</translation>
    </message>
    <message>
        <source>; nothing was run</source>
        <translation>; es wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>--socket-view takes waits, kernel or both, not &apos;%1&apos;</source>
        <translation>--socket-view nimmt waits, kernel oder both, nicht &apos;%1&apos;</translation>
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
Exit-Status: 0 fertig, 1 ein Fehler (auf stderr gemeldet), 2 ein Bedienfehler.

Beispiele:
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
        <translation>keine Verbindung wartet darauf, angenommen zu werden</translation>
    </message>
    <message>
        <source>no data from %1 yet</source>
        <translation>noch keine Daten von %1</translation>
    </message>
    <message>
        <source>no data on fd %1 yet</source>
        <translation>noch keine Daten auf fd %1</translation>
    </message>
    <message>
        <source>none of %1 is ready</source>
        <translation>keiner von %1 ist bereit</translation>
    </message>
    <message>
        <source>the server has not completed the handshake yet</source>
        <translation>der Server hat den Handshake noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 has not completed the handshake yet</source>
        <translation>%1 hat den Handshake noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the send buffer is full; the peer is not reading</source>
        <translation>der Sendepuffer ist voll; die Gegenseite liest nicht</translation>
    </message>
    <message>
        <source>the send buffer is full; %1 is not reading</source>
        <translation>der Sendepuffer ist voll; %1 liest nicht</translation>
    </message>
    <message>
        <source>no datagram has arrived yet</source>
        <translation>noch ist kein Datagramm angekommen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>the other end</source>
        <translation>die Gegenseite</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>ein Aufruf</translation>
    </message>
    <message>
        <source>nobody is listening on that port, so the kernel answered the handshake with a reset.</source>
        <translation>auf diesem Port lauscht niemand, daher hat der Kernel den Handshake mit einem Reset beantwortet.</translation>
    </message>
    <message>
        <source>nothing was ready and the socket is non-blocking.</source>
        <translation>nichts war bereit, und der Socket ist nicht blockierend.</translation>
    </message>
    <message>
        <source>the socket was shut down under it; this is how the server stops.</source>
        <translation>der Socket wurde unter ihm heruntergefahren; so hält der Server an.</translation>
    </message>
    <message>
        <source>the other end has gone away.</source>
        <translation>die Gegenseite ist verschwunden.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 failed with %3: %4</source>
        <translation>%2 von %1 ist mit %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 closed its copy of the listening socket fd %2: a child does not accept connections. The parent&apos;s copy stays open, so the port keeps listening.</source>
        <translation>%1 hat seine Kopie des lauschenden Sockets fd %2 geschlossen: Ein Kind nimmt keine Verbindungen an. Die Kopie des Elternprozesses bleibt offen, also lauscht der Port weiter.</translation>
    </message>
    <message>
        <source>%1 closed the listening socket fd %2: from now on the kernel refuses new connections to this port.</source>
        <translation>%1 hat den lauschenden Socket fd %2 geschlossen: Ab jetzt weist der Kernel neue Verbindungen zu diesem Port ab.</translation>
    </message>
    <message>
        <source>%1 closed its socket fd %2. The kernel sends the server an end-of-stream: its next recv() on this connection returns 0 bytes.</source>
        <translation>%1 hat seinen Socket fd %2 geschlossen. Der Kernel meldet dem Server das Ende des Datenstroms: Sein nächstes recv() auf dieser Verbindung liefert 0 Bytes.</translation>
    </message>
    <message>
        <source>%1 closed its copy of the connection fd %2 (to %3). The child still holds its own copy, so the connection stays open.</source>
        <translation>%1 hat seine Kopie der Verbindung fd %2 (zu %3) geschlossen. Das Kind hält noch seine eigene Kopie, also bleibt die Verbindung offen.</translation>
    </message>
    <message>
        <source>%1 closed the connection fd %2 to %3: the conversation with that client is over, and the descriptor number is free to be reused.</source>
        <translation>%1 hat die Verbindung fd %2 zu %3 geschlossen: Das Gespräch mit diesem Client ist vorbei, und die Deskriptornummer kann wiederverwendet werden.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>der Client</translation>
    </message>
    <message>
        <source>%1 closed fd %2 and gave the descriptor back to the kernel.</source>
        <translation>%1 hat fd %2 geschlossen und den Deskriptor an den Kernel zurückgegeben.</translation>
    </message>
    <message>
        <source>%1 returned with nothing ready: its timeout ran out. The loop goes round and waits again.</source>
        <translation>%1 kehrte zurück, ohne dass etwas bereit war: Die Zeitgrenze ist abgelaufen. Die Schleife dreht eine Runde und wartet erneut.</translation>
    </message>
    <message>
        <source>fd %1 (the listening socket: a client finished the handshake, so accept() will not block)</source>
        <translation>fd %1 (der lauschende Socket: Ein Client hat den Handshake abgeschlossen, also blockiert accept() nicht)</translation>
    </message>
    <message>
        <source>fd %1 (%2 sent data or closed, so recv() will not block)</source>
        <translation>fd %1 (%2 hat Daten gesendet oder geschlossen, also blockiert recv() nicht)</translation>
    </message>
    <message>
        <source>fd %1 (something to read)</source>
        <translation>fd %1 (etwas zu lesen)</translation>
    </message>
    <message>
        <source>fd %1 (room to write)</source>
        <translation>fd %1 (Platz zum Schreiben)</translation>
    </message>
    <message>
        <source>%1 woke up because the kernel reports %2 ready: %3. Only these get served; the others stay in the list.</source>
        <translation>%1 ist aufgewacht, weil der Kernel %2 als bereit meldet: %3. Nur diese werden bedient; die anderen bleiben in der Liste.</translation>
    </message>
    <message>
        <source>%1&apos;s accept() on fd %2 was interrupted: the run is over and the server shut its listening socket down to stop.</source>
        <translation>accept() von %1 auf fd %2 wurde unterbrochen: Der Lauf ist vorbei, und der Server hat seinen lauschenden Socket heruntergefahren, um anzuhalten.</translation>
    </message>
    <message>
        <source>%1 asked the kernel for a datagram (UDP) socket and got descriptor fd %2. UDP has no listen() and no accept().</source>
        <translation>%1 hat den Kernel um einen Datagramm-Socket (UDP) gebeten und den Deskriptor fd %2 erhalten. UDP kennt kein listen() und kein accept().</translation>
    </message>
    <message>
        <source>%1 asked the kernel for a new TCP socket and got descriptor fd %2: a small number that names the socket in this process.</source>
        <translation>%1 hat den Kernel um einen neuen TCP-Socket gebeten und den Deskriptor fd %2 erhalten: eine kleine Zahl, die den Socket in diesem Prozess benennt.</translation>
    </message>
    <message>
        <source>%1 bound fd %2 to %3, the address clients will use to find the server.</source>
        <translation>%1 hat fd %2 an %3 gebunden, die Adresse, unter der Clients den Server finden.</translation>
    </message>
    <message>
        <source>fd %1 is now a listening socket. The kernel completes handshakes on its own and queues the finished connections until accept() takes them: up to %2 + 1 of them (listen()&apos;s backlog, plus one: Linux&apos;s rule, with the backlog capped at net.core.somaxconn).</source>
        <translation>fd %1 ist jetzt ein lauschender Socket. Der Kernel schließt Handshakes selbst ab und hält die fertigen Verbindungen bereit, bis accept() sie abholt: bis zu %2 + 1 davon (der Backlog von listen() plus eins: so hält es Linux, mit dem Backlog begrenzt auf net.core.somaxconn).</translation>
    </message>
    <message>
        <source>fd %1 is now a listening socket. The kernel completes handshakes on its own and queues the finished connections until accept() takes them; listen() was given a negative backlog, which Linux takes as its limit, net.core.somaxconn.</source>
        <translation>fd %1 ist jetzt ein lauschender Socket. Der Kernel schließt Handshakes selbst ab und hält die fertigen Verbindungen bereit, bis accept() sie abholt; listen() bekam einen negativen Backlog, den Linux als seine Grenze nimmt, net.core.somaxconn.</translation>
    </message>
    <message>
        <source>%1 shut down fd %2: the other end sees the end of the stream, even while the descriptor itself stays open.</source>
        <translation>%1 hat fd %2 heruntergefahren: Die Gegenseite sieht das Ende des Datenstroms, auch wenn der Deskriptor selbst offen bleibt.</translation>
    </message>
    <message>
        <source>%1 calls connect() to %2 and waits while the kernels exchange the three-way handshake (SYN, SYN-ACK, ACK).</source>
        <translation>%1 ruft connect() zu %2 auf und wartet, während die Kernel den Drei-Wege-Handshake austauschen (SYN, SYN-ACK, ACK).</translation>
    </message>
    <message>
        <source>connect() returned: the handshake is done and %1 is connected as %2.</source>
        <translation>connect() ist zurückgekehrt: Der Handshake ist fertig, und %1 ist als %2 verbunden.</translation>
    </message>
    <message>
        <source>The server&apos;s accept() has already returned this connection: %1 holds it as fd %2.</source>
        <translation>accept() des Servers hat diese Verbindung bereits zurückgegeben: %1 hält sie als fd %2.</translation>
    </message>
    <message>
        <source>The server&apos;s accept() has already returned this connection, and %1 has closed it since (fd %2).</source>
        <translation>accept() des Servers hat diese Verbindung bereits zurückgegeben, und %1 hat sie seitdem geschlossen (fd %2).</translation>
    </message>
    <message>
        <source>No accept() has returned it yet: until one does, the finished connection waits in the accept queue of the listening socket fd %1 of %2.</source>
        <translation>Noch kein accept() hat sie zurückgegeben: Bis eines es tut, wartet die fertige Verbindung in der Accept-Warteschlange des lauschenden Sockets fd %1 von %2.</translation>
    </message>
    <message>
        <source>The server is not in this trace, so whether it has accepted the connection is not known here.</source>
        <translation>Der Server ist nicht in dieser Aufzeichnung; ob er die Verbindung angenommen hat, ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>a new client</source>
        <translation>ein neuer Client</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>recv() on fd %1 returned 0 bytes: %2 closed its end. That empty read is how a program learns the other side has gone.</source>
        <translation>recv() auf fd %1 lieferte 0 Bytes: %2 hat seine Seite geschlossen. An diesem leeren Lesen erkennt ein Programm, dass die Gegenseite weg ist.</translation>
    </message>
    <message>
        <source>%1 calls send() on fd %2 and blocks: the send buffer is full because %3 is not reading.</source>
        <translation>%1 ruft send() auf fd %2 auf und blockiert: Der Sendepuffer ist voll, weil %3 nicht liest.</translation>
    </message>
    <message>
        <source>%1 on fd %2 returned EAGAIN at once (Python raises BlockingIOError): nothing is there yet, and a non-blocking socket never waits. The loop will try again.</source>
        <translation>%1 auf fd %2 lieferte sofort EAGAIN (Python löst BlockingIOError aus): Noch ist nichts da, und ein nicht blockierender Socket wartet nie. Die Schleife versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 registered fd %2 with epoll: the kernel now remembers it, so epoll_wait() needs no list passed on each call.</source>
        <translation>%1 hat fd %2 bei epoll angemeldet: Der Kernel merkt ihn sich, daher braucht epoll_wait() nicht bei jedem Aufruf eine Liste.</translation>
    </message>
    <message>
        <source>%1 removed fd %2 from epoll&apos;s interest list.</source>
        <translation>%1 hat fd %2 aus der Interessenliste von epoll entfernt.</translation>
    </message>
    <message>
        <source>%1 changed what epoll watches on fd %2.</source>
        <translation>%1 hat geändert, was epoll auf fd %2 beobachtet.</translation>
    </message>
    <message>
        <source>%1 finished its work and ended. A thread that ends needs no reaping: its resources go back at once.</source>
        <translation>%1 hat seine Arbeit beendet und ist zu Ende. Ein beendeter Thread muss nicht eingesammelt werden: Seine Ressourcen werden sofort frei.</translation>
    </message>
    <message>
        <source>%1 called fork(): child pid %2 is a copy of the server with copies of every descriptor, the listening socket included. fork() returns twice: 0 in the child, the child&apos;s pid in the parent.</source>
        <translation>%1 hat fork() aufgerufen: Das Kind mit PID %2 ist eine Kopie des Servers mit Kopien aller Deskriptoren, auch des lauschenden Sockets. fork() kehrt zweimal zurück: mit 0 im Kind, mit der PID des Kindes im Elternprozess.</translation>
    </message>
    <message>
        <source>child pid %1 exited with status %2. It is now a zombie: it holds no memory and no sockets, only its entry in the process table, until the parent calls waitpid().</source>
        <translation>Das Kind mit PID %1 hat sich mit Status %2 beendet. Es ist jetzt ein Zombie: Es hält keinen Speicher und keine Sockets, nur seinen Eintrag in der Prozesstabelle, bis der Elternprozess waitpid() aufruft.</translation>
    </message>
    <message>
        <source>it reaps finished children before each new fork</source>
        <translation>er sammelt beendete Kinder vor jedem neuen fork ein</translation>
    </message>
    <message>
        <source>SIGCHLD told it a child had exited</source>
        <translation>SIGCHLD hat ihm gemeldet, dass ein Kind beendet ist</translation>
    </message>
    <message>
        <source>the server is shutting down</source>
        <translation>der Server fährt herunter</translation>
    </message>
    <message>
        <source>%1 called waitpid() and collected child pid %2 (%3): the zombie is gone.</source>
        <translation>%1 hat waitpid() aufgerufen und das Kind mit PID %2 eingesammelt (%3): Der Zombie ist weg.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>in no recorded call</source>
        <translation>in keinem aufgezeichneten Aufruf</translation>
    </message>
    <message>
        <source>between watched calls</source>
        <translation>zwischen beobachteten Aufrufen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>reaped</source>
        <translation>eingesammelt</translation>
    </message>
    <message>
        <source>expected exactly %1, got %2</source>
        <translation>genau %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected at least %1, got %2</source>
        <translation>mindestens %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected at most %1, got %2</source>
        <translation>höchstens %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>errno %1</source>
        <translation>errno %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>at least %1 bytes</source>
        <translation>mindestens %1 Bytes</translation>
    </message>
    <message>
        <source>(last)</source>
        <translation>(letztes)</translation>
    </message>
    <message>
        <source>the server started, but this scenario expects its start to fail</source>
        <translation>der Server ist gestartet, aber dieses Szenario erwartet, dass sein Start fehlschlägt</translation>
    </message>
    <message>
        <source>the server did not start</source>
        <translation>der Server ist nicht gestartet</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>Anzahl von %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Reihenfolge %1</translation>
    </message>
    <message>
        <source>no %1 in the trace</source>
        <translation>kein %1 in der Aufzeichnung</translation>
    </message>
    <message>
        <source>%1 happened before %2</source>
        <translation>%1 geschah vor %2</translation>
    </message>
    <message>
        <source>%1 received &quot;%2&quot;</source>
        <translation>%1 hat „%2“ empfangen</translation>
    </message>
    <message>
        <source>it received &quot;%1&quot;</source>
        <translation>er hat „%1“ empfangen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>eine Liste [ ... ]</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>ein Objekt { ... }</translation>
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
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the socket is non-blocking, so the call returned at once</source>
        <translation>der Socket ist nicht blockierend, also kehrte der Aufruf sofort zurück</translation>
    </message>
    <message>
        <source>a datagram was already waiting</source>
        <translation>ein Datagramm wartete schon</translation>
    </message>
    <message>
        <source>the call returned at once</source>
        <translation>der Aufruf kehrte sofort zurück</translation>
    </message>
    <message>
        <source>nothing: %1</source>
        <translation>nichts: %1</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Haupt-Thread</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>client driver</source>
        <translation>Client-Treiber</translation>
    </message>
    <message>
        <source>sigchld reaper</source>
        <translation>SIGCHLD-Einsammler</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>child %1</source>
        <translation>Kind %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>external %1</source>
        <translation>extern %1</translation>
    </message>
    <message>
        <source>%1 closed its datagram socket fd %2. UDP has no connection, so the server is told nothing.</source>
        <translation>%1 hat seinen Datagramm-Socket fd %2 geschlossen. UDP hat keine Verbindung, also erfährt der Server nichts davon.</translation>
    </message>
    <message>
        <source>%1 closed its socket fd %2, which never became a connection: the server never saw it.</source>
        <translation>%1 hat seinen Socket fd %2 geschlossen, aus dem nie eine Verbindung wurde: Der Server hat ihn nie gesehen.</translation>
    </message>
    <message>
        <source> (the kernel reported %1 once the socket was shut down)</source>
        <translation> (der Kernel meldete %1, als der Socket heruntergefahren war)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 returned because the run was stopped: SockScope shut the listening socket down, which makes it readable. The loop ends here without serving anything.</source>
        <translation>%2 von %1 kehrte zurück, weil der Lauf gestoppt wurde: SockScope hat den lauschenden Socket heruntergefahren, wodurch er lesbar wird. Die Schleife endet hier, ohne etwas zu bedienen.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 on fd %3 returned because the run was stopped: SockScope shut the socket down to end the run%4. This is not a failure of the program, and no client sent anything.</source>
        <translation>%2 von %1 auf fd %3 kehrte zurück, weil der Lauf gestoppt wurde: SockScope hat den Socket heruntergefahren, um den Lauf zu beenden%4. Das ist kein Fehler des Programms, und kein Client hat etwas gesendet.</translation>
    </message>
    <message>
        <source>The readiness call reported it ready and the socket is non-blocking, so this returns at once.</source>
        <translation>Der Bereitschaftsaufruf hat ihn als bereit gemeldet, und der Socket ist nicht blockierend, also kehrt dies sofort zurück.</translation>
    </message>
    <message>
        <source>The socket is non-blocking, so this returns at once.</source>
        <translation>Der Socket ist nicht blockierend, also kehrt dies sofort zurück.</translation>
    </message>
    <message>
        <source>A connection was already waiting in the accept queue, so accept() returns at once without blocking.</source>
        <translation>Eine Verbindung wartete schon in der Accept-Warteschlange, also kehrt accept() sofort zurück, ohne zu blockieren.</translation>
    </message>
    <message>
        <source>A datagram is already queued, so recvfrom() returns at once without blocking.</source>
        <translation>Ein Datagramm liegt schon bereit, also kehrt recvfrom() sofort zurück, ohne zu blockieren.</translation>
    </message>
    <message>
        <source>The other end has already closed, so recv() returns at once without blocking.</source>
        <translation>Die Gegenseite hat schon geschlossen, also kehrt recv() sofort zurück, ohne zu blockieren.</translation>
    </message>
    <message>
        <source>The accept queue is empty: no client is waiting, so the kernel puts %1 to sleep until one connects.</source>
        <translation>Die Accept-Warteschlange ist leer: Kein Client wartet, also legt der Kernel %1 schlafen, bis sich einer verbindet.</translation>
    </message>
    <message>
        <source>No datagram is queued, so the kernel puts %1 to sleep until one arrives. There is no connection: any client can send the next one.</source>
        <translation>Kein Datagramm liegt bereit, also legt der Kernel %1 schlafen, bis eines ankommt. Es gibt keine Verbindung: Jeder Client kann das nächste senden.</translation>
    </message>
    <message>
        <source>Nothing is in the receive buffer, so the kernel puts %1 to sleep until the other end sends data or closes.</source>
        <translation>Der Empfangspuffer ist leer, also legt der Kernel %1 schlafen, bis die Gegenseite Daten sendet oder schließt.</translation>
    </message>
    <message>
        <source>It returns as soon as there is something to take, and sleeps until then (this trace does not say whether something was already there).</source>
        <translation>Er kehrt zurück, sobald es etwas abzuholen gibt, und schläft bis dahin (diese Aufzeichnung sagt nicht, ob schon etwas da war).</translation>
    </message>
    <message>
        <source>%1 calls accept() on the listening socket fd %2. %3</source>
        <translation>%1 ruft accept() auf dem lauschenden Socket fd %2 auf. %3</translation>
    </message>
    <message>
        <source>accept() returned: the kernel had finished the handshake with %1 and hands the server a new socket, fd %2, for it. The listening socket fd %3 stays open for the next client.</source>
        <translation>accept() ist zurückgekehrt: Der Kernel hatte den Handshake mit %1 abgeschlossen und gibt dem Server dafür einen neuen Socket, fd %2. Der lauschende Socket fd %3 bleibt für den nächsten Client offen.</translation>
    </message>
    <message>
        <source>%1 calls recv() on fd %2, the connection with %3. %4</source>
        <translation>%1 ruft recv() auf fd %2 auf, der Verbindung mit %3. %4</translation>
    </message>
    <message>
        <source>While it sleeps, this %1 can do nothing else.</source>
        <translation>Während er schläft, kann dieser %1 nichts anderes tun.</translation>
    </message>
    <message>
        <source>%1 calls recvfrom() on fd %2. %3</source>
        <translation>%1 ruft recvfrom() auf fd %2 auf. %3</translation>
    </message>
    <message>
        <source>recvfrom() on fd %1 returned with no datagram and no sender: the socket was shut down under it.</source>
        <translation>recvfrom() auf fd %1 kehrte ohne Datagramm und ohne Absender zurück: Der Socket wurde unter ihm heruntergefahren.</translation>
    </message>
    <message>
        <source>every descriptor registered with it</source>
        <translation>jeder bei ihm registrierte Deskriptor</translation>
    </message>
    <message>
        <source>%1 (SockScope&apos;s driver of the scripted clients, not the server) calls %2 on %3: it returns as soon as one of its clients&apos; sockets can go on.</source>
        <translation>%1 (der Treiber der vorgegebenen Clients von SockScope, nicht der Server) ruft %2 auf %3 auf: Der Aufruf kehrt zurück, sobald einer der Sockets seiner Clients weitermachen kann.</translation>
    </message>
    <message>
        <source>%1 calls %2 on %3: it returns as soon as at least one of them is ready (a new connection on the listening socket, or data or a close on a client&apos;s socket), and sleeps until then. One thread watches them all.</source>
        <translation>%1 ruft %2 auf %3 auf: Der Aufruf kehrt zurück, sobald mindestens einer davon bereit ist (eine neue Verbindung am lauschenden Socket oder Daten oder ein Schließen am Socket eines Clients), und schläft bis dahin. Ein Thread beobachtet sie alle.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 returned: %3 of its clients&apos; sockets can go on (connect, send or read). This is the client side, not the server.</source>
        <translation>%2 von %1 ist zurückgekehrt: %3 der Sockets seiner Clients können weitermachen (connect, send oder read). Das ist die Client-Seite, nicht der Server.</translation>
    </message>
    <message>
        <source>%1 started a thread, %2, whose only job is to collect children the moment they exit, as a SIGCHLD handler would.</source>
        <translation>%1 hat einen Thread gestartet, %2, dessen einzige Aufgabe es ist, Kinder einzusammeln, sobald sie sich beenden, wie es ein SIGCHLD-Handler täte.</translation>
    </message>
    <message>
        <source>%1 started a new thread, %2, to serve the connection. %1 goes back to its accept() loop, while %2 talks to the client on its own.</source>
        <translation>%1 hat einen neuen Thread gestartet, %2, um die Verbindung zu bedienen. %1 kehrt zu seiner accept()-Schleife zurück, während %2 selbstständig mit dem Client spricht.</translation>
    </message>
    <message>
        <source>the run is stopping, and SockScope collects every child that is left</source>
        <translation>der Lauf stoppt, und SockScope sammelt jedes übrige Kind ein</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>in einem Aufruf</translation>
    </message>
    <message>
        <source>%1 has not started yet</source>
        <translation>%1 hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1 is in no recorded call: running its own code, or asleep (SockScope does not record sleeps)</source>
        <translation>%1 ist in keinem aufgezeichneten Aufruf: führt eigenen Code aus oder schläft (SockScope zeichnet kein Schlafen auf)</translation>
    </message>
    <message>
        <source>%1 is between the calls SockScope watches: running, or waiting in something it does not see (a lock, join(), a sleep)</source>
        <translation>%1 ist zwischen den Aufrufen, die SockScope beobachtet: läuft oder wartet auf etwas, das es nicht sieht (eine Sperre, join(), ein sleep)</translation>
    </message>
    <message>
        <source>%1 is blocked in a call</source>
        <translation>%1 ist in einem Aufruf blockiert</translation>
    </message>
    <message>
        <source>%1 is in a call that returns at once</source>
        <translation>%1 ist in einem Aufruf, der sofort zurückkehrt</translation>
    </message>
    <message>
        <source>%1 has exited</source>
        <translation>%1 hat sich beendet</translation>
    </message>
    <message>
        <source>%1 is a zombie</source>
        <translation>%1 ist ein Zombie</translation>
    </message>
    <message>
        <source>%1 has been reaped</source>
        <translation>%1 wurde eingesammelt</translation>
    </message>
    <message>
        <source>expected an object of languages, e.g. {&quot;de&quot;: {&quot;English text&quot;: &quot;Deutscher Text&quot;}}, got %1</source>
        <translation>erwartet wurde ein Objekt von Sprachen, z. B. {&quot;de&quot;: {&quot;English text&quot;: &quot;Deutscher Text&quot;}}, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a language code of two or three lowercase letters, e.g. &quot;de&quot; or &quot;es&quot;, got &quot;%1&quot;</source>
        <translation>erwartet wurde ein Sprachcode aus zwei oder drei Kleinbuchstaben, z. B. &quot;de&quot; oder &quot;es&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is given twice; keep one</source>
        <translation>die Sprache &quot;%1&quot; ist zweimal angegeben; behalte eine</translation>
    </message>
    <message>
        <source>expected an object {&quot;English text&quot;: &quot;translation&quot;, ...}, got %1</source>
        <translation>erwartet wurde ein Objekt {&quot;English text&quot;: &quot;Übersetzung&quot;, ...}, gefunden: %1</translation>
    </message>
    <message>
        <source>expected the translated text (a non-empty string), got %1</source>
        <translation>erwartet wurde der übersetzte Text (eine nicht leere Zeichenkette), gefunden: %1</translation>
    </message>
    <message>
        <source>fd %1 (not a socket but the console pipe: a line was typed there, and any line ends the server&apos;s loop)</source>
        <translation>fd %1 (kein Socket, sondern die Konsolen-Pipe: Dort wurde eine Zeile getippt, und jede Zeile beendet die Schleife des Servers)</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>%1 returned with nothing ready: its timeout ran out. The timeout was the deadline of the nearest sleeping task, so the loop now resumes the tasks whose sleep is over.</source>
        <translation>%1 kehrte zurück, ohne dass etwas bereit war: die Zeitgrenze ist abgelaufen. Sie war die Frist des nächsten schlafenden Tasks, also setzt die Schleife jetzt die Tasks fort, deren Schlaf vorbei ist.</translation>
    </message>
    <message>
        <source>%1 made %2 for the new connection on fd %3: a coroutine running handle(reader, writer). A task is not a thread: it has no stack of its own in the kernel, and the loop runs it right away, on this same thread, until its first await.</source>
        <translation>%1 hat %2 für die neue Verbindung auf fd %3 angelegt: eine Koroutine, die handle(reader, writer) ausführt. Ein Task ist kein Thread: er hat keinen eigenen Stack im Kernel, und die Schleife führt ihn sofort auf demselben Thread aus, bis zu seinem ersten await.</translation>
    </message>
    <message>
        <source>%1 awaits data on fd %2: the coroutine is suspended, no thread waits for it; the loop thread goes back to epoll_wait(), which will report fd %2 when %3 sends something or closes.</source>
        <translation>%1 wartet (await) auf Daten auf fd %2: die Koroutine ist angehalten, kein Thread wartet auf sie; der Loop-Thread kehrt zu epoll_wait() zurück, das fd %2 melden wird, sobald %3 etwas sendet oder schließt.</translation>
    </message>
    <message>
        <source>%1 awaits room to write on fd %2: the send buffer is full because %3 is not reading. The coroutine is suspended, no thread waits for it; the loop thread goes on with the other tasks.</source>
        <translation>%1 wartet (await) auf Platz zum Schreiben auf fd %2: der Sendepuffer ist voll, weil %3 nicht liest. Die Koroutine ist angehalten, kein Thread wartet auf sie; der Loop-Thread macht mit den anderen Tasks weiter.</translation>
    </message>
    <message>
        <source>%1 awaits asyncio.sleep(): the loop notes a timer %2 ms from now and the coroutine is suspended. The loop thread is free: it serves the other tasks, and epoll_wait() returns by the deadline at the latest.</source>
        <translation>%1 wartet auf asyncio.sleep(): die Schleife merkt sich einen Timer in %2 ms, und die Koroutine ist angehalten. Der Loop-Thread ist frei: er bedient die anderen Tasks, und epoll_wait() kehrt spätestens zur Frist zurück.</translation>
    </message>
    <message>
        <source>%1 is suspended at an await; no thread waits for it.</source>
        <translation>%1 ist an einem await angehalten; kein Thread wartet auf ihn.</translation>
    </message>
    <message>
        <source>the loop thread</source>
        <translation>der Loop-Thread</translation>
    </message>
    <message>
        <source>epoll_wait() reported fd %1 ready, so %2 resumes %3 where it awaited: the coroutine goes on from its await and calls recv() again, which will not block.</source>
        <translation>epoll_wait() hat fd %1 als bereit gemeldet, also setzt %2 %3 dort fort, wo er wartete: die Koroutine macht nach ihrem await weiter und ruft wieder recv() auf, das nicht blockieren wird.</translation>
    </message>
    <message>
        <source>%1 resumes %2, which awaited data on fd %3: the coroutine goes on from its await.</source>
        <translation>%1 setzt %2 fort, der auf Daten auf fd %3 wartete: die Koroutine macht nach ihrem await weiter.</translation>
    </message>
    <message>
        <source>epoll_wait() reported room to write on fd %1, so %2 resumes %3 to send the rest of its reply.</source>
        <translation>epoll_wait() hat Platz zum Schreiben auf fd %1 gemeldet, also setzt %2 %3 fort, um den Rest seiner Antwort zu senden.</translation>
    </message>
    <message>
        <source>%1 resumes %2, which awaited room to write on fd %3.</source>
        <translation>%1 setzt %2 fort, der auf Platz zum Schreiben auf fd %3 wartete.</translation>
    </message>
    <message>
        <source>%1&apos;s sleep is over: its deadline has passed, so %2 resumes it after epoll_wait() returned. The coroutine goes on from its await.</source>
        <translation>Der Schlaf von %1 ist vorbei: seine Frist ist verstrichen, also setzt %2 ihn fort, nachdem epoll_wait() zurückkehrte. Die Koroutine macht nach ihrem await weiter.</translation>
    </message>
    <message>
        <source>%1 resumes %2: the coroutine goes on from its await.</source>
        <translation>%1 setzt %2 fort: die Koroutine macht nach ihrem await weiter.</translation>
    </message>
    <message>
        <source>%1 was cancelled because the run was stopped: SockScope ended the loop while the task was suspended or working. Its coroutine is destroyed where it was; this is not a failure of the task.</source>
        <translation>%1 wurde abgebrochen, weil der Lauf gestoppt wurde: SockScope hat die Schleife beendet, während der Task angehalten war oder arbeitete. Seine Koroutine wird dort zerstört, wo sie war; das ist kein Fehler des Tasks.</translation>
    </message>
    <message>
        <source>%1 is done: the client closed, the handler closed fd %2 and its coroutine returned. Its frame is freed; no thread ends, because the task never had one.</source>
        <translation>%1 ist fertig: der Client hat geschlossen, der Handler hat fd %2 geschlossen, und seine Koroutine ist zurückgekehrt. Ihr Frame wird freigegeben; kein Thread endet, denn der Task hatte nie einen.</translation>
    </message>
    <message>
        <source>%1 is done: the client sent &quot;q&quot;, the handler closed fd %2 and its coroutine returned. No thread ends: the loop thread goes on.</source>
        <translation>%1 ist fertig: der Client hat &quot;q&quot; gesendet, der Handler hat fd %2 geschlossen, und seine Koroutine ist zurückgekehrt. Kein Thread endet: der Loop-Thread macht weiter.</translation>
    </message>
    <message>
        <source>%1 is done: its connection on fd %2 broke, the handler closed it and its coroutine returned. The other tasks go on.</source>
        <translation>%1 ist fertig: seine Verbindung auf fd %2 ist abgebrochen, der Handler hat sie geschlossen, und seine Koroutine ist zurückgekehrt. Die anderen Tasks machen weiter.</translation>
    </message>
    <message>
        <source>accept() on fd %1 returned EAGAIN at once: no more connections are waiting in the queue. The loop stops accepting and goes on.</source>
        <translation>accept() auf fd %1 gab sofort EAGAIN zurück: keine Verbindung wartet mehr in der Warteschlange. Die Schleife hört auf anzunehmen und macht weiter.</translation>
    </message>
    <message>
        <source>send() on fd %1 returned EAGAIN at once: the send buffer is full. Instead of waiting, the task will await room to write.</source>
        <translation>send() auf fd %1 gab sofort EAGAIN zurück: der Sendepuffer ist voll. Statt zu warten, wird der Task mit await auf Platz zum Schreiben warten.</translation>
    </message>
    <message>
        <source>%1 on fd %2 returned EAGAIN at once (Python raises BlockingIOError): nothing is there yet, and a non-blocking socket never waits. Instead of trying again, the task will await the socket.</source>
        <translation>%1 auf fd %2 gab sofort EAGAIN zurück (Python löst BlockingIOError aus): noch ist nichts da, und ein nicht blockierender Socket wartet nie. Statt es erneut zu versuchen, wird der Task mit await auf den Socket warten.</translation>
    </message>
    <message>
        <source>or until %1 ms have passed: the deadline of the nearest sleeping task.</source>
        <translation>oder bis %1 ms vergangen sind: die Frist des nächsten schlafenden Tasks.</translation>
    </message>
    <message>
        <source>however long that takes: no task is sleeping.</source>
        <translation>wie lange das auch dauert: kein Task schläft.</translation>
    </message>
    <message>
        <source>%1 calls %2 on %3, the listening socket. There is no task now, so it sleeps until a client connects, however long that takes; only this thread waits.</source>
        <translation>%1 ruft %2 auf %3 auf, dem lauschenden Socket. Es gibt gerade keinen Task, also schläft es, bis ein Client sich verbindet, wie lange das auch dauert; nur dieser Thread wartet.</translation>
    </message>
    <message>
        <source>%1 calls %2 on %3, the listening socket and the sockets that suspended tasks await. It sleeps until one of them is ready, %4 Every task is suspended now; only this thread waits.</source>
        <translation>%1 ruft %2 auf %3 auf, dem lauschenden Socket und den Sockets, auf die angehaltene Tasks warten. Er schläft, bis einer davon bereit ist, %4 Jeder Task ist jetzt angehalten; nur dieser Thread wartet.</translation>
    </message>
    <message>
        <source>%1 registered fd %2 with epoll for the task that awaits %3 on it, to be reported once (EPOLLONESHOT).</source>
        <translation>%1 hat fd %2 bei epoll für den Task registriert, der darauf auf %3 wartet, um einmal gemeldet zu werden (EPOLLONESHOT).</translation>
    </message>
    <message>
        <source>%1 re-armed fd %2 in epoll for the task that awaits %3 on it: one report, then epoll disarms it again (EPOLLONESHOT).</source>
        <translation>%1 hat fd %2 in epoll für den Task wieder scharf gemacht, der darauf auf %3 wartet: eine Meldung, dann entschärft epoll ihn wieder (EPOLLONESHOT).</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 is suspended at an await; no thread waits for it</source>
        <translation>%1 ist an einem await angehalten; kein Thread wartet auf ihn</translation>
    </message>
    <message>
        <source>%1 is done: its coroutine has returned</source>
        <translation>%1 ist fertig: seine Koroutine ist zurückgekehrt</translation>
    </message>
    <message numerus="yes">
        <source>no task alive (%n done)</source>
        <translation>
            <numerusform>kein Task lebt (%n fertig)</numerusform>
            <numerusform>kein Task lebt (%n fertig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting read</source>
        <translation>
            <numerusform>%n wartet auf Lesen</numerusform>
            <numerusform>%n warten auf Lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting room to write</source>
        <translation>
            <numerusform>%n wartet auf Platz zum Schreiben</numerusform>
            <numerusform>%n warten auf Platz zum Schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sleeping</source>
        <translation>
            <numerusform>%n schläft</numerusform>
            <numerusform>%n schlafen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s): </source>
        <translation>
            <numerusform>%n Task: </numerusform>
            <numerusform>%n Tasks: </numerusform>
        </translation>
    </message>
    <message>
        <source>awaiting read on fd %1</source>
        <translation>wartet auf Lesen auf fd %1</translation>
    </message>
    <message>
        <source>awaiting room to write on fd %1</source>
        <translation>wartet auf Platz zum Schreiben auf fd %1</translation>
    </message>
    <message>
        <source>sleeping %1 ms</source>
        <translation>schläft %1 ms</translation>
    </message>
    <message>
        <source>the server&apos;s connection to %1 (fd %2)</source>
        <translation>die Verbindung des Servers zu %1 (fd %2)</translation>
    </message>
    <message>
        <source>%1&apos;s socket (fd %2)</source>
        <translation>der Socket von %1 (fd %2)</translation>
    </message>
    <message>
        <source>the server&apos;s connection to %1 (fd %2, already closed)</source>
        <translation>die Verbindung des Servers zu %1 (fd %2, bereits geschlossen)</translation>
    </message>
    <message>
        <source>%1&apos;s socket (fd %2, already closed)</source>
        <translation>der Socket von %1 (fd %2, bereits geschlossen)</translation>
    </message>
    <message>
        <source>%1&apos;s socket (already closed)</source>
        <translation>der Socket von %1 (bereits geschlossen)</translation>
    </message>
    <message>
        <source>the server&apos;s connection to %1 (fd %2, which an accept() under way returns)</source>
        <translation>die Verbindung des Servers zu %1 (fd %2, den ein laufendes accept() zurückgibt)</translation>
    </message>
    <message>
        <source>fd %1 (which an accept() under way returns)</source>
        <translation>fd %1 (den ein laufendes accept() zurückgibt)</translation>
    </message>
    <message>
        <source>the connection %1 ↔ %2 (held by fd %3 of pid %4)</source>
        <translation>die Verbindung %1 ↔ %2 (von fd %3 der PID %4 gehalten)</translation>
    </message>
    <message>
        <source>the connection %1 ↔ %2 (last seen held by fd %3)</source>
        <translation>die Verbindung %1 ↔ %2 (zuletzt von fd %3 gehalten)</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <source>the socket %1</source>
        <translation>der Socket %1</translation>
    </message>
    <message>
        <source>the server&apos;s end of %1&apos;s connection (no descriptor holds it)</source>
        <translation>das Serverende der Verbindung von %1 (kein Deskriptor hält es)</translation>
    </message>
    <message>
        <source>the connection %1 ↔ %2 (no descriptor holds it)</source>
        <translation>die Verbindung %1 ↔ %2 (kein Deskriptor hält sie)</translation>
    </message>
    <message>
        <source> (backlog %1 + 1, sampled)</source>
        <translation> (Backlog %1 + 1, Stichprobe)</translation>
    </message>
    <message>
        <source>: it is full</source>
        <translation>: sie ist voll</translation>
    </message>
    <message>
        <source> (sampled)</source>
        <translation> (Stichprobe)</translation>
    </message>
    <message>
        <source>Still in connect(): %1.</source>
        <translation>Noch in connect(): %1.</translation>
    </message>
    <message>
        <source> (sampled).</source>
        <translation> (Stichprobe).</translation>
    </message>
    <message>
        <source>%1 is in %2 (sampled): %3.</source>
        <translation>%1 ist in %2 (Stichprobe): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the accept queue of %1</source>
        <translation>
            <numerusform>%n Verbindung wartet in der Accept-Warteschlange von %1</numerusform>
            <numerusform>%n Verbindungen warten in der Accept-Warteschlange von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the previous sample the kernel dropped %n more connection request(s) that found no room.</source>
        <translation>
            <numerusform>Seit der vorigen Stichprobe hat der Kernel %n weitere Verbindungsanfrage verworfen, die keinen Platz fand.</numerusform>
            <numerusform>Seit der vorigen Stichprobe hat der Kernel %n weitere Verbindungsanfragen verworfen, die keinen Platz fanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n unread byte(s) in its receive queue</source>
        <translation>
            <numerusform>%1 hält %n ungelesenes Byte in seiner Empfangswarteschlange</numerusform>
            <numerusform>%1 hält %n ungelesene Bytes in seiner Empfangswarteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (of a %n-byte receive buffer)</source>
        <translation>
            <numerusform> (von einem Empfangspuffer mit %n Byte)</numerusform>
            <numerusform> (von einem Empfangspuffer mit %n Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n byte(s) not yet acknowledged in its send queue</source>
        <translation>
            <numerusform> und %n noch nicht bestätigtes Byte in seiner Sendewarteschlange</numerusform>
            <numerusform> und %n noch nicht bestätigte Bytes in seiner Sendewarteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (of a %n-byte send buffer)</source>
        <translation>
            <numerusform> (von einem Sendepuffer mit %n Byte)</numerusform>
            <numerusform> (von einem Sendepuffer mit %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>child pid %1 was ended by signal %2, sent to end the run: this is the stop, not a failure of the program. It is now a zombie until its parent calls waitpid().</source>
        <translation>Kind-PID %1 wurde durch Signal %2 beendet, das den Lauf beenden sollte: Das ist der Stopp, kein Fehler des Programms. Es ist jetzt ein Zombie, bis sein Elternprozess waitpid() aufruft.</translation>
    </message>
    <message>
        <source>child pid %1 exited with status %2 while the run was stopping. It is now a zombie until its parent calls waitpid().</source>
        <translation>Kind-PID %1 hat sich mit Status %2 beendet, während der Lauf angehalten wurde. Es ist jetzt ein Zombie, bis sein Elternprozess waitpid() aufruft.</translation>
    </message>
    <message>
        <source>another socket already uses this address and port: a server listening there, or a connection on it still in TIME_WAIT.</source>
        <translation>ein anderer Socket nutzt diese Adresse und diesen Port schon: ein Server, der dort lauscht, oder eine Verbindung darauf, die noch in TIME_WAIT ist.</translation>
    </message>
    <message>
        <source>%1&apos;s bind() failed with %2: no socket listens on port %3 in the kernel&apos;s latest sample, but the old connection&apos;s end on that port is in TIME_WAIT (the end that closed first, which the kernel keeps for a minute). Without SO_REUSEADDR, bind() refuses a port such a connection still uses, so this socket cannot listen.</source>
        <translation>bind() von %1 schlug mit %2 fehl: In der letzten Stichprobe des Kernels lauscht kein Socket auf Port %3, aber das Ende der alten Verbindung auf diesem Port ist in TIME_WAIT (das Ende, das zuerst geschlossen hat; der Kernel behält es etwa eine Minute). Ohne SO_REUSEADDR verweigert bind() einen Port, den eine solche Verbindung noch nutzt, also kann dieser Socket nicht lauschen.</translation>
    </message>
    <message>
        <source>%1&apos;s bind() failed with %2: another socket already listens on port %3; only one server can listen on a port at a time.</source>
        <translation>bind() von %1 schlug mit %2 fehl: Ein anderer Socket lauscht schon auf Port %3; nur ein Server kann gleichzeitig auf einem Port lauschen.</translation>
    </message>
    <message>
        <source>%1 ended without serving anyone: its %2 failed with %3, so it closed its socket and never listened. This server did not start.</source>
        <translation>%1 endete, ohne jemanden zu bedienen: Sein %2 schlug mit %3 fehl, also schloss er seinen Socket und lauschte nie. Dieser Server ist nicht gestartet.</translation>
    </message>
    <message>
        <source>%1 was stopped: it closed its listening socket and its thread ended. This server no longer runs.</source>
        <translation>%1 wurde angehalten: Er schloss seinen lauschenden Socket, und sein Thread endete. Dieser Server läuft nicht mehr.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>room to write</source>
        <translation>Platz zum Schreiben</translation>
    </message>
    <message>
        <source>the kernel would not create another process: the limit on threads and processes (RLIMIT_NPROC, pids.max) is reached.</source>
        <translation>der Kernel wollte keinen weiteren Prozess anlegen: die Grenze für Threads und Prozesse (RLIMIT_NPROC, pids.max) ist erreicht.</translation>
    </message>
    <message>
        <source>%1 turned the connection on fd %2 away.</source>
        <translation>%1 hat die Verbindung auf fd %2 abgewiesen.</translation>
    </message>
    <message>
        <source>%1 turned the connection on fd %2 away: %3.</source>
        <translation>%1 hat die Verbindung auf fd %2 abgewiesen: %3.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>einen weiteren Prozess</translation>
    </message>
    <message>
        <source>another thread</source>
        <translation>einen weiteren Thread</translation>
    </message>
    <message>
        <source>%1 could not get %2: the kernel refused with %3, because the limit on threads and processes (RLIMIT_NPROC, pids.max) or memory is reached.</source>
        <translation>%1 konnte %2 nicht bekommen: der Kernel lehnte mit %3 ab, weil die Grenze für Threads und Prozesse (RLIMIT_NPROC, pids.max) oder für Speicher erreicht ist.</translation>
    </message>
    <message>
        <source>the number %1, which is out of the range a number can hold here</source>
        <translation>die Zahl %1, die außerhalb des Bereichs liegt, den eine Zahl hier haben kann</translation>
    </message>
    <message>
        <source>and %1 more problems (only the first %2 in the file are listed)</source>
        <translation>und %1 weitere Probleme (nur die ersten %2 der Datei sind aufgeführt)</translation>
    </message>
    <message>
        <source>a scenario file</source>
        <translation>eine Szenariodatei</translation>
    </message>
</context>
<context>
    <name>sockscope::About</name>
    <message>
        <source>About SockScope</source>
        <translation>Über SockScope</translation>
    </message>
    <message>
        <source>SockScope %1</source>
        <translation>SockScope %1</translation>
    </message>
    <message>
        <source>SockScope runs real servers on this computer (sequential, threaded, forking, select, poll, epoll, non-blocking, UDP), sends scripted clients at them and records every system call. The timeline shows where each thread and process blocks, what wakes it, when threads and children are born, and when a child is a zombie.

For teachers showing it in class and for students exploring alone.

Built with Qt %1.</source>
        <translation>SockScope startet echte Server auf diesem Computer (sequenziell, mit Threads, mit fork, select, poll, epoll, nicht blockierend, UDP), schickt ihnen geskriptete Clients und zeichnet jeden Systemaufruf auf. Die Zeitleiste zeigt, wo jeder Thread und jeder Prozess blockiert, was ihn aufweckt, wann Threads und Kinder entstehen und wann ein Kind ein Zombie ist.

Für Lehrende, die es im Unterricht zeigen, und für Lernende, die allein auf Entdeckung gehen.

Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientStepper</name>
    <message>
        <source>Next client step</source>
        <translation>Nächster Client-Schritt</translation>
    </message>
    <message>
        <source>Let the client that has waited longest take its next step (N)</source>
        <translation>Den Client, der am längsten wartet, seinen nächsten Schritt machen lassen (N)</translation>
    </message>
    <message>
        <source>Next step (N)</source>
        <translation>Nächster Schritt (N)</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <source>%1 next: %2</source>
        <translation>%1 als Nächstes: %2</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Let this client take just this one step</source>
        <translation>Diesen Client genau diesen einen Schritt machen lassen</translation>
    </message>
    <message>
        <source>You are the scheduler: nothing happens until you release a client&apos;s next step.</source>
        <translation>Du bist der Scheduler: Nichts geschieht, bis du den nächsten Schritt eines Clients freigibst.</translation>
    </message>
    <message>
        <source>No client is waiting for you.</source>
        <translation>Kein Client wartet auf dich.</translation>
    </message>
    <message>
        <source>Runs of a step-by-hand scenario (such as you-are-the-scheduler) wait here for you to release each client&apos;s steps.</source>
        <translation>Läufe eines Schritt-für-Schritt-Szenarios (etwa you-are-the-scheduler) warten hier darauf, dass du die Schritte jedes Clients freigibst.</translation>
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
        <translation>Das Listing im Python-Stil zeigen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Show the C-flavoured listing</source>
        <translation>Das Listing im C-Stil zeigen</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1 waits in %2: %3</source>
        <translation>%1 wartet in %2: %3</translation>
    </message>
    <message>
        <source>Server (%1)</source>
        <translation>Server (%1)</translation>
    </message>
    <message>
        <source>%1 is in %2, which returns at once: %3</source>
        <translation>%1 ist in %2, das sofort zurückkehrt: %3</translation>
    </message>
    <message>
        <source>Client (%1)</source>
        <translation>Client (%1)</translation>
    </message>
    <message>
        <source>A scripted client</source>
        <translation>Ein vorgegebener Client</translation>
    </message>
    <message>
        <source>selectors</source>
        <translation>selectors</translation>
    </message>
    <message>
        <source>Show the Python listing with the selectors module, a callback per socket</source>
        <translation>Das Python-Listing mit dem Modul selectors zeigen, ein Callback pro Socket</translation>
    </message>
    <message>
        <source>%1 is suspended in %2 (no thread waits for it): it awaits %3</source>
        <translation>%1 ist in %2 angehalten (kein Thread wartet auf ihn): er wartet auf %3</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Ihr Programm</translation>
    </message>
    <message>
        <source>Where the line is not known</source>
        <translation>Wo die Zeile nicht bekannt ist</translation>
    </message>
    <message>
        <source>%1: at %2, a file that cannot be shown</source>
        <translation>%1: bei %2, einer Datei, die nicht angezeigt werden kann</translation>
    </message>
    <message>
        <source>%1: its line is not known (a C program needs -g; a call outside the program&apos;s own files has none)</source>
        <translation>%1: seine Zeile ist nicht bekannt (ein C-Programm braucht -g; ein Aufruf außerhalb der eigenen Dateien des Programms hat keine)</translation>
    </message>
    <message>
        <source>No source line has been recorded yet.</source>
        <translation>Noch keine Quellzeile aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>sockscope::CompareWindow</name>
    <message>
        <source>Makespan (ms)</source>
        <translation>Gesamtdauer (ms)</translation>
    </message>
    <message>
        <source>Threads created</source>
        <translation>Erzeugte Threads</translation>
    </message>
    <message>
        <source>Processes created</source>
        <translation>Erzeugte Prozesse</translation>
    </message>
    <message>
        <source>Peak threads</source>
        <translation>Höchstzahl Threads</translation>
    </message>
    <message>
        <source>Peak zombies</source>
        <translation>Höchstzahl Zombies</translation>
    </message>
    <message>
        <source>System calls</source>
        <translation>Systemaufrufe</translation>
    </message>
    <message>
        <source>select/poll/epoll calls</source>
        <translation>select/poll/epoll-Aufrufe</translation>
    </message>
    <message>
        <source>waited before accept (ms)</source>
        <translation>vor accept gewartet (ms)</translation>
    </message>
    <message>
        <source>first reply (ms)</source>
        <translation>erste Antwort (ms)</translation>
    </message>
    <message>
        <source>done (ms)</source>
        <translation>fertig (ms)</translation>
    </message>
    <message>
        <source>&amp;Start all</source>
        <translation>Alle &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Compare models — SockScope</source>
        <translation>Modelle vergleichen — SockScope</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Models (2 to 4):</source>
        <translation>Modelle (2 bis 4):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick %1 to %2 models to compare them.</source>
        <translation>Wähle %1 bis %2 Modelle zum Vergleichen.</translation>
    </message>
    <message>
        <source>The scenario %1 does not run under the model %2.</source>
        <translation>Das Szenario %1 läuft nicht unter dem Modell %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every server started: %1</source>
        <translation>Nicht alle Server sind gestartet: %1</translation>
    </message>
    <message>
        <source>Running %1 under %2 models, each on its own port…</source>
        <translation>%1 läuft unter %2 Modellen, jedes auf einem eigenen Port …</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Finished. Zooming or panning one timeline moves them all.</source>
        <translation>Fertig. Zoomen oder Verschieben einer Zeitleiste bewegt alle.</translation>
    </message>
    <message>
        <source>Tasks created</source>
        <translation>Angelegte Tasks</translation>
    </message>
    <message>
        <source>%1 with this scenario&apos;s server set otherwise (variant %2)</source>
        <translation>%1 mit anders eingestelltem Server dieses Szenarios (Variante %2)</translation>
    </message>
</context>
<context>
    <name>sockscope::ConsoleInput</name>
    <message>
        <source> Console: </source>
        <translation> Konsole: </translation>
    </message>
    <message>
        <source>a line for the server&apos;s console</source>
        <translation>eine Zeile für die Konsole des Servers</translation>
    </message>
    <message>
        <source>Written into the console pipe the server watches beside its sockets (the lecture&apos;s sys.stdin). Any line makes the server leave its loop and close the listening socket.</source>
        <translation>Wird in die Konsolen-Pipe geschrieben, die der Server neben seinen Sockets beobachtet (sys.stdin aus der Vorlesung). Jede Zeile lässt den Server seine Schleife verlassen und den lauschenden Socket schließen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>sockscope::EventLogModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Data (escaped)</source>
        <translation>Daten (maskiert)</translation>
    </message>
</context>
<context>
    <name>sockscope::EventLogWidget</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Blocking calls</source>
        <translation>Blockierende Aufrufe</translation>
    </message>
    <message>
        <source>Data (send/recv)</source>
        <translation>Daten (send/recv)</translation>
    </message>
    <message>
        <source>Sockets (socket/bind/listen/close)</source>
        <translation>Sockets (socket/bind/listen/close)</translation>
    </message>
    <message>
        <source>Threads and processes</source>
        <translation>Threads und Prozesse</translation>
    </message>
    <message>
        <source>Readiness (select/poll/epoll)</source>
        <translation>Bereitschaft (select/poll/epoll)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
</context>
<context>
    <name>sockscope::Handout</name>
    <message>
        <source>The run recorded nothing: there is no handout to write.</source>
        <translation>Der Lauf hat nichts aufgezeichnet: es gibt kein Handout zu schreiben.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not start the PDF for %1.</source>
        <translation>Das PDF für %1 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF for %1.</source>
        <translation>Dem PDF für %1 konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The run (no chapter was reached)</source>
        <translation>Der Lauf (kein Kapitel wurde erreicht)</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Kapitel %1 von %2</translation>
    </message>
    <message>
        <source>What happened (event %1)</source>
        <translation>Was geschah (Ereignis %1)</translation>
    </message>
    <message>
        <source>Where the server is in the code (%1)</source>
        <translation>Wo der Server im Code steht (%1)</translation>
    </message>
    <message>
        <source>%1, line %2:  %3</source>
        <translation>%1, Zeile %2:  %3</translation>
    </message>
    <message>
        <source>(no server thread or process is on a line of the listing)</source>
        <translation>(kein Server-Thread oder -Prozess steht auf einer Zeile des Listings)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation>Antwort (%1): %2</translation>
    </message>
</context>
<context>
    <name>sockscope::InputFile</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>it holds more than %1, the most %2 may hold; nothing was loaded</source>
        <translation>die Datei enthält mehr als %1, so viel darf %2 höchstens enthalten; nichts wurde geladen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it holds more than %1 bytes, the most %2 may hold; nothing was loaded</source>
        <translation>die Datei enthält mehr als %1 Bytes, so viel darf %2 höchstens enthalten; nichts wurde geladen</translation>
    </message>
</context>
<context>
    <name>sockscope::LessonPanels</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Was gerade geschah</translation>
    </message>
    <message>
        <source>Clients waiting for you</source>
        <translation>Clients, die auf dich warten</translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindow</name>
    <message>
        <source>This trace is complete only up to %1 s: %2 later events were not kept (the recorder&apos;s memory budget was reached).</source>
        <translation>Diese Aufzeichnung ist nur bis %1 s vollständig: %2 spätere Ereignisse wurden nicht behalten (das Speicherbudget des Rekorders war erreicht).</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>SockScope</source>
        <translation>SockScope</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the scenario under the chosen model (Ctrl+R)</source>
        <translation>Das Szenario unter dem gewählten Modell starten (Strg+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play / pause the replay (Space)</source>
        <translation>Wiedergabe abspielen / anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Previous block or wake-up</source>
        <translation>Vorheriges Blockieren oder Aufwecken</translation>
    </message>
    <message>
        <source>Next block or wake-up</source>
        <translation>Nächstes Blockieren oder Aufwecken</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Compress idle gaps</source>
        <translation>Leerlauf zusammenfassen</translation>
    </message>
    <message>
        <source>Squeeze stretches where nothing happens (G); their real length is written on the axis</source>
        <translation>Strecken, in denen nichts geschieht, zusammendrücken (G); ihre echte Länge steht an der Achse</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>Aufzeichnung ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>SockScope traces (*.json)</source>
        <translation>SockScope-Aufzeichnungen (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save trace…</source>
        <translation>Aufzeichnung &amp;speichern …</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <source>Save screens&amp;hot…</source>
        <translation>Bildschirm&amp;foto speichern …</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Tempo: </translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed, relative to the real run</source>
        <translation>Wiedergabetempo, bezogen auf den echten Lauf</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>The scenario %1 does not run under the model %2.</source>
        <translation>Das Szenario %1 läuft nicht unter dem Modell %2.</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>Der Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Running %1 under %2 on %3</source>
        <translation>%1 läuft unter %2 auf %3</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Finished. Step with ← and →, or press Space to replay.</source>
        <translation>Fertig. Mit ← und → schrittweise, oder Leertaste zum Abspielen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>Port: —</source>
        <translation>Port: —</translation>
    </message>
    <message>
        <source>Live actors: %1</source>
        <translation>Aktive Akteure: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Akteure: %1</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Ereignis %1 von %2</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Elapsed: %1 ms</source>
        <translation>Verstrichen: %1 ms</translation>
    </message>
    <message>
        <source>Model: your own program (watched)</source>
        <translation>Modell: Ihr eigenes Programm (beobachtet)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded as PNG</source>
        <translation>%1: das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>Model: not named in this trace</source>
        <translation>Modell: in dieser Aufzeichnung nicht genannt</translation>
    </message>
    <message>
        <source>Opening %1 on the window&apos;s own thread (no other thread could be started): the window answers again when it is read</source>
        <translation>%1 wird im eigenen Thread des Fensters geöffnet (kein weiterer Thread ließ sich starten): das Fenster reagiert wieder, sobald die Datei gelesen ist</translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindowActions</name>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Szenario speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save a copy of the current scenario to change in an editor; copies in your scenario folder are listed under &quot;My scenarios&quot;</source>
        <translation>Eine Kopie des aktuellen Szenarios speichern, um sie in einem Editor zu ändern; Kopien in Ihrem Szenarioordner erscheinen unter „Meine Szenarien“</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Open &amp;my scenarios folder</source>
        <translation>Ordner &amp;meiner Szenarien öffnen</translation>
    </message>
    <message>
        <source>Show the folder whose scenarios are listed under &quot;My scenarios&quot; in the file manager</source>
        <translation>Den Ordner, dessen Szenarien unter „Meine Szenarien“ stehen, im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Your scenarios are in %1.</source>
        <translation>Ihre Szenarien liegen in %1.</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>Das Szenario wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>No scenario is chosen.</source>
        <translation>Kein Szenario ist gewählt.</translation>
    </message>
    <message>
        <source>Saved a copy at %1: change it in an editor, then choose it under &quot;My scenarios&quot;.</source>
        <translation>Eine Kopie liegt jetzt in %1: ändern Sie sie in einem Editor und wählen Sie sie dann unter „Meine Szenarien“.</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>&amp;Handout exportieren (PDF)…</translation>
    </message>
    <message>
        <source>A page per chapter of this run: the timeline at that moment, the chapter, the narration and the code; the answers last</source>
        <translation>Eine Seite pro Kapitel dieses Laufs: die Zeitleiste in diesem Moment, das Kapitel, die Erzählung und der Code; die Antworten zuletzt</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>A handout shows the chapters of a run: run a scenario first.</source>
        <translation>Ein Handout zeigt die Kapitel eines Laufs: starten Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <source>The handout was not exported</source>
        <translation>Das Handout wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>&amp;Szenario öffnen …</translation>
    </message>
    <message>
        <source>Load a scenario file; problems are listed by line and column</source>
        <translation>Eine Szenariodatei laden; Probleme werden mit Zeile und Spalte aufgelistet</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Timeline as &amp;PNG…</source>
        <translation>Zeitleiste als &amp;PNG …</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Timeline as &amp;SVG…</source>
        <translation>Zeitleiste als &amp;SVG …</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Timeline as P&amp;DF…</source>
        <translation>Zeitleiste als P&amp;DF …</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Chrome trace for Perfetto…</source>
        <translation>&amp;Chrome-Trace für Perfetto …</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Chrome-Trace exportieren</translation>
    </message>
    <message>
        <source>Chrome Trace JSON (*.json)</source>
        <translation>Chrome-Trace-JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Compare models…</source>
        <translation>Modelle &amp;vergleichen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>How to read the &amp;timeline</source>
        <translation>So liest man die &amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;About SockScope</source>
        <translation>Ü&amp;ber SockScope</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>This trace cannot be opened</source>
        <translation>Diese Aufzeichnung lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Opened %1: nothing runs, step with ← and →.</source>
        <translation>%1 geöffnet: Nichts läuft, mit ← und → schrittweise.</translation>
    </message>
    <message>
        <source>This scenario has problems</source>
        <translation>Dieses Szenario hat Probleme</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; loaded; press Start to run it.</source>
        <translation>Szenario „%1“ geladen; mit Start ausführen.</translation>
    </message>
    <message>
        <source>The trace was not saved</source>
        <translation>Die Aufzeichnung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The timeline was not exported</source>
        <translation>Die Zeitleiste wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>The Chrome trace was not exported</source>
        <translation>Der Chrome-Trace wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported %1; open it at ui.perfetto.dev.</source>
        <translation>%1 exportiert; öffne es auf ui.perfetto.dev.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>a trace file</source>
        <translation>eine Trace-Datei</translation>
    </message>
    <message>
        <source>The screenshot was not saved</source>
        <translation>Der Screenshot wurde nicht gespeichert</translation>
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
        <translation> Modell: </translation>
    </message>
    <message>
        <source>your own program (watched)</source>
        <translation>Ihr eigenes Programm (beobachtet)</translation>
    </message>
    <message>
        <source>The lanes show the program you watch, not one of SockScope&apos;s models. Start runs the scenario under a model again.</source>
        <translation>Die Bahnen zeigen das beobachtete Programm, nicht eines der Modelle von SockScope. Start führt das Szenario wieder unter einem Modell aus.</translation>
    </message>
</context>
<context>
    <name>sockscope::NarrationSource</name>
    <message>
        <source>Pick a scenario and a model, then press Start.</source>
        <translation>Wähle ein Szenario und ein Modell und drücke dann Start.</translation>
    </message>
    <message>
        <source>Step with → to see what happens, one system call at a time.</source>
        <translation>Mit → siehst du, was geschieht, einen Systemaufruf nach dem anderen.</translation>
    </message>
    <message>
        <source>Event %1 of %2  ·  %3  ·  %4</source>
        <translation>Ereignis %1 von %2  ·  %3  ·  %4</translation>
    </message>
    <message>
        <source>Event %1 (the run goes on)  ·  %2  ·  %3</source>
        <translation>Ereignis %1 (der Lauf geht weiter)  ·  %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>sockscope::OutputFile</name>
    <message>
        <source>%1 is a symbolic link that belongs to another user (uid %2) in the sticky, world-writable directory %3; SockScope does not follow it (the rule of the kernel&apos;s fs.protected_symlinks). Remove the link or choose another file name.</source>
        <translation>%1 ist ein symbolischer Link, der einem anderen Benutzer (uid %2) gehört, im für alle beschreibbaren Verzeichnis %3 mit Sticky-Bit; SockScope folgt ihm nicht (die Regel fs.protected_symlinks des Kernels). Entfernen Sie den Link oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a directory; give a file name</source>
        <translation>%1 ist ein Verzeichnis; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1 is neither a regular file, a character device nor a FIFO; SockScope does not write onto it</source>
        <translation>%1 ist weder eine reguläre Datei noch ein zeichenorientiertes Gerät noch ein FIFO; SockScope schreibt nicht darauf</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2 does not exist</source>
        <translation>%1: kann nicht schreiben: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2: %3</source>
        <translation>%1: kann nicht schreiben: der Ordner %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a folder</source>
        <translation>%1: kann nicht schreiben: %2 ist kein Ordner</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>%1: cannot write: it changed from a device or FIFO into something else while it was being opened</source>
        <translation>%1: kann nicht schreiben: es wurde während des Öffnens von einem Gerät oder FIFO zu etwas anderem</translation>
    </message>
    <message>
        <source>%1: cannot write: the file is not open</source>
        <translation>%1: kann nicht schreiben: die Datei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>sockscope::Parser</name>
    <message>
        <source>the file is empty; expected a JSON object { ... }</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Objekt { ... }</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Dokuments</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>a byte 0x%1</source>
        <translation>ein Byte 0x%1</translation>
    </message>
    <message>
        <source>unknown word; expected a value (a string in double quotes, a number, true, false, null, [ or {)</source>
        <translation>unbekanntes Wort; erwartet wird ein Wert (eine Zeichenkette in doppelten Anführungszeichen, eine Zahl, true, false, null, [ oder {)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>strings need double quotes &quot;...&quot;, not single quotes</source>
        <translation>Zeichenketten brauchen doppelte Anführungszeichen &quot;...&quot;, keine einfachen</translation>
    </message>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>die Datei endet, wo ein Wert erwartet wird</translation>
    </message>
    <message>
        <source>expected a value (a string in double quotes, a number, true, false, null, [ or {), found %1</source>
        <translation>erwartet wird ein Wert (eine Zeichenkette in doppelten Anführungszeichen, eine Zahl, true, false, null, [ oder {), gefunden: %1</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;}&apos; is not allowed in JSON</source>
        <translation>ein Komma direkt vor &apos;}&apos; ist in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>erwartet wird ein Schlüssel in doppelten Anführungszeichen, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &quot;%1&quot;, found %2</source>
        <translation>nach dem Schlüssel &quot;%1&quot; wird &apos;:&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member, found %1 (is a comma missing?)</source>
        <translation>nach einem Eintrag wird &apos;,&apos; oder &apos;}&apos; erwartet, gefunden: %1 (fehlt ein Komma?)</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;]&apos; is not allowed in JSON</source>
        <translation>ein Komma direkt vor &apos;]&apos; ist in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in a list, found %1 (is a comma missing?)</source>
        <translation>in einer Liste wird &apos;,&apos; oder &apos;]&apos; erwartet, gefunden: %1 (fehlt ein Komma?)</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>this string has no closing double quote</source>
        <translation>diese Zeichenkette hat kein schließendes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>this string has no closing double quote on its line (write a line break as \n)</source>
        <translation>diese Zeichenkette hat in ihrer Zeile kein schließendes doppeltes Anführungszeichen (einen Zeilenumbruch schreibt man als \n)</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string; escape it (\t, \n, \u00XX)</source>
        <translation>Steuerzeichen 0x%1 in einer Zeichenkette; maskiere es (\t, \n, \u00XX)</translation>
    </message>
    <message>
        <source>a \u high surrogate must be followed by \u</source>
        <translation>auf ein hohes Surrogat \u muss ein \u folgen</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string (known: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>unbekannte Maskierung \%1 in einer Zeichenkette (bekannt: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>numbers may not start with 0 (write 7, not 07)</source>
        <translation>Zahlen dürfen nicht mit 0 beginnen (schreibe 7, nicht 07)</translation>
    </message>
    <message>
        <source>expected digits after &apos;-&apos;</source>
        <translation>nach &apos;-&apos; werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>nach dem Dezimalpunkt werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>im Exponenten werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the byte 0x%1) inside a string: save the file as UTF-8; to send bytes that are not text, write them in hexadecimal with &quot;data_hex&quot;</source>
        <translation>ungültiges UTF-8 (das Byte 0x%1) in einer Zeichenkette: speichern Sie die Datei als UTF-8; um Bytes zu senden, die kein Text sind, schreiben Sie sie hexadezimal mit &quot;data_hex&quot;</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 surrogate pair and stands for no character alone (a pair is written \ud83d\ude00); to send bytes that are not text, use &quot;data_hex&quot;</source>
        <translation>\u%1 ist eine Hälfte eines UTF-16-Surrogatpaars und steht allein für kein Zeichen (ein Paar schreibt man \ud83d\ude00); um Bytes zu senden, die kein Text sind, verwenden Sie &quot;data_hex&quot;</translation>
    </message>
</context>
<context>
    <name>sockscope::PredictDialog</name>
    <message>
        <source>Don&apos;t ask again this session</source>
        <translation>In dieser Sitzung nicht mehr fragen</translation>
    </message>
    <message>
        <source>Runs start at once; Run &gt; Ask predictions turns the questions back on</source>
        <translation>Läufe starten sofort; Lauf &gt; Vorhersagen abfragen schaltet die Fragen wieder ein</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start the run without answering</source>
        <translation>Den Lauf starten, ohne zu antworten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Predict: %1</source>
        <translation>Vorhersage: %1</translation>
    </message>
    <message>
        <source>Before the run: what do you expect to happen? The run starts when you answer or skip; the answers are revealed once the clients are done.</source>
        <translation>Vor dem Lauf: Was erwartest du? Der Lauf startet, wenn du antwortest oder überspringst; die Antworten werden aufgedeckt, sobald die Clients fertig sind.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Your predictions</source>
        <translation>Deine Vorhersagen</translation>
    </message>
    <message>
        <source>The clients are done. What you predicted, and what the run shows:</source>
        <translation>Die Clients sind fertig. Was du vorhergesagt hast und was der Lauf zeigt:</translation>
    </message>
    <message>
        <source>You said: %1. Right.</source>
        <translation>Du hast gesagt: %1. Richtig.</translation>
    </message>
    <message>
        <source>You said: %1. The answer: %2.</source>
        <translation>Du hast gesagt: %1. Die Antwort: %2.</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>Die Antwort: %1.</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Du hast gesagt: %1</translation>
    </message>
</context>
<context>
    <name>sockscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The scenario&apos;s default</source>
        <translation>Die Vorgabe des Szenarios</translation>
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
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The address the servers listen on. 127.0.0.1 (loopback) keeps them on this computer.</source>
        <translation>Die Adresse, auf der die Server lauschen. 127.0.0.1 (Loopback) hält sie auf diesem Computer.</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>Replay &amp;speed:</source>
        <translation>Wiedergabe&amp;tempo:</translation>
    </message>
    <message>
        <source>&amp;Presentation scale:</source>
        <translation>&amp;Präsentationsmaßstab:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Listening &amp;address:</source>
        <translation>Lausch&amp;adresse:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time SockScope starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von SockScope.</translation>
    </message>
    <message>
        <source>Listen beyond this computer?</source>
        <translation>Über diesen Computer hinaus lauschen?</translation>
    </message>
    <message>
        <source>Servers will listen on %1, not on loopback (127.0.0.1).</source>
        <translation>Die Server werden auf %1 lauschen, nicht auf Loopback (127.0.0.1).</translation>
    </message>
    <message>
        <source>This exposes the server to the network: other machines can connect to it, and everything they send is recorded and shown. Do this only on a network you trust, for example to let students connect with their own clients.</source>
        <translation>Damit ist der Server aus dem Netzwerk erreichbar: Andere Rechner können sich verbinden, und alles, was sie senden, wird aufgezeichnet und angezeigt. Tu das nur in einem Netzwerk, dem du vertraust, etwa damit sich Lernende mit eigenen Clients verbinden können.</translation>
    </message>
    <message>
        <source>Listen on %1</source>
        <translation>Auf %1 lauschen</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Use 127.0.0.1 to stay on this computer.</source>
        <translation>„%1“ ist keine IPv4-Adresse. Mit 127.0.0.1 bleibst du auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>sockscope::PresentationMode</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Code and state</source>
        <translation>Code und Zustand</translation>
    </message>
    <message>
        <source>Show or hide what the colours and shapes mean (L)</source>
        <translation>Zeigen oder verbergen, was die Farben und Formen bedeuten (L)</translation>
    </message>
    <message>
        <source>Show or hide the code and the state inspector (C)</source>
        <translation>Code und Zustandsanzeige zeigen oder verbergen (C)</translation>
    </message>
</context>
<context>
    <name>sockscope::ProgramConsoleDock</name>
    <message>
        <source>Program console</source>
        <translation>Programmkonsole</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>End input</source>
        <translation>Eingabe beenden</translation>
    </message>
    <message>
        <source>A line for the program&apos;s standard input; Enter sends it</source>
        <translation>Eine Zeile für die Standardeingabe des Programms; Enter sendet sie</translation>
    </message>
    <message>
        <source>Write the line and a newline into the program&apos;s standard input</source>
        <translation>Die Zeile und einen Zeilenumbruch in die Standardeingabe des Programms schreiben</translation>
    </message>
    <message>
        <source>Close the program&apos;s standard input (end of file, like Ctrl+D)</source>
        <translation>Die Standardeingabe des Programms schließen (Dateiende, wie Strg+D)</translation>
    </message>
</context>
<context>
    <name>sockscope::RunCompanion</name>
    <message>
        <source>Ask &amp;predictions</source>
        <translation>&amp;Vorhersagen abfragen</translation>
    </message>
    <message>
        <source>Ask the scenario&apos;s predict questions before a run</source>
        <translation>Die Vorhersagefragen des Szenarios vor einem Lauf stellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 ms</source>
        <translation>&quot;%1&quot; bei %2 ms</translation>
    </message>
    <message>
        <source>Clients done; the server is still running (pid %1): press Stop.</source>
        <translation>Die Clients sind fertig; der Server läuft noch (pid %1): Drücke Anhalten.</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; into the server&apos;s console pipe: its wait reports the pipe readable, and any line ends the server&apos;s loop.</source>
        <translation>&quot;%1&quot; in die Konsolen-Pipe des Servers geschrieben: Sein Warten meldet die Pipe als lesbar, und jede Zeile beendet die Schleife des Servers.</translation>
    </message>
    <message>
        <source>The server no longer reads its console: &quot;%1&quot; was not written.</source>
        <translation>Der Server liest seine Konsole nicht mehr: &quot;%1&quot; wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>sockscope::ScenarioLibrary</name>
    <message>
        <source>no scenario is named &quot;%1&quot;</source>
        <translation>kein Szenario heißt „%1“</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meintest du „%1“?</translation>
    </message>
    <message>
        <source> (bundled: %1; or give the path of a .json file)</source>
        <translation> (mitgeliefert: %1; oder gib den Pfad einer .json-Datei an)</translation>
    </message>
</context>
<context>
    <name>sockscope::ScenarioPicker</name>
    <message>
        <source>My scenarios</source>
        <translation>Meine Szenarien</translation>
    </message>
    <message>
        <source>Scenario files in %1 and the ones you opened</source>
        <translation>Szenariodateien in %1 und die von Ihnen geöffneten</translation>
    </message>
    <message>
        <source>This scenario has problems</source>
        <translation>Dieses Szenario hat Probleme</translation>
    </message>
    <message>
        <source>Three clients</source>
        <translation>Drei Clients</translation>
    </message>
    <message>
        <source>concurrency models</source>
        <translation>Nebenläufigkeitsmodelle</translation>
    </message>
    <message>
        <source>Three clients connect at once, each sends one line after 300 ms and reads the reply.</source>
        <translation>Drei Clients verbinden sich gleichzeitig, jeder sendet nach 300 ms eine Zeile und liest die Antwort.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was es zeigt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerToolBar</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source> Reap: </source>
        <translation> Einsammeln: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The parent never calls waitpid(): finished children stay zombies</source>
        <translation>Der Elternprozess ruft nie waitpid() auf: Beendete Kinder bleiben Zombies</translation>
    </message>
    <message>
        <source>on-accept</source>
        <translation>on-accept</translation>
    </message>
    <message>
        <source>After each accept() the parent calls waitpid(pid, WNOHANG) for its children</source>
        <translation>Nach jedem accept() ruft der Elternprozess waitpid(pid, WNOHANG) für seine Kinder auf</translation>
    </message>
    <message>
        <source>sigchld</source>
        <translation>sigchld</translation>
    </message>
    <message>
        <source>A child&apos;s death wakes a reaper at once, as a SIGCHLD handler would</source>
        <translation>Der Tod eines Kindes weckt sofort einen Einsammler, wie es ein SIGCHLD-Handler täte</translation>
    </message>
    <message>
        <source>How the forking server collects its finished children (next run)</source>
        <translation>Wie der forkende Server seine beendeten Kinder einsammelt (nächster Lauf)</translation>
    </message>
    <message>
        <source>Scripted line</source>
        <translation>Vorgegebene Zeile</translation>
    </message>
    <message>
        <source>On: the scenario types %1 at the console. Off: nothing is typed but what you type.</source>
        <translation>An: Das Szenario tippt %1 in die Konsole. Aus: Es wird nur getippt, was du tippst.</translation>
    </message>
    <message>
        <source>Blocking work (time.sleep)</source>
        <translation>Blockierende Arbeit (time.sleep)</translation>
    </message>
    <message>
        <source>On: the handler works with time.sleep() inside the coroutine, a blocking call that stops the loop thread and so every task. Off: it awaits asyncio.sleep(), and the loop serves the other tasks meanwhile (next run)</source>
        <translation>An: der Handler arbeitet mit time.sleep() in der Koroutine, einem blockierenden Aufruf, der den Loop-Thread und damit jeden Task anhält. Aus: er wartet mit await auf asyncio.sleep(), und die Schleife bedient inzwischen die anderen Tasks (nächster Lauf)</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketViewSwitch</name>
    <message>
        <source>Who waits</source>
        <translation>Wer wartet</translation>
    </message>
    <message>
        <source>What the kernel holds</source>
        <translation>Was der Kernel hält</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Lanes of threads, processes and clients: where each one waits</source>
        <translation>Bahnen der Threads, Prozesse und Clients: wo jeder wartet</translation>
    </message>
    <message>
        <source>One lane per socket: its TCP states and queues, as the kernel&apos;s samples show them</source>
        <translation>Eine Bahn je Socket: seine TCP-Zustände und Warteschlangen, wie die Stichproben des Kernels sie zeigen</translation>
    </message>
    <message>
        <source>The lanes of who waits, and below them the sockets&apos; lanes</source>
        <translation>Die Bahnen derer, die warten, und darunter die Bahnen der Sockets</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Bahnen</translation>
    </message>
    <message>
        <source>Lanes: kernel</source>
        <translation>Bahnen: Kernel</translation>
    </message>
    <message>
        <source>Lanes: both</source>
        <translation>Bahnen: beides</translation>
    </message>
    <message>
        <source>Lanes: who waits</source>
        <translation>Bahnen: wer wartet</translation>
    </message>
    <message>
        <source>Switch the lanes: who waits, what the kernel holds, both (K); now: %1</source>
        <translation>Bahnen umschalten: wer wartet, was der Kernel hält, beides (K); jetzt: %1</translation>
    </message>
</context>
<context>
    <name>sockscope::StateInspector</name>
    <message>
        <source>listening</source>
        <translation>lauschend</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>new socket</source>
        <translation>neuer Socket</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Im Aufruf</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Who is doing what</source>
        <translation>Wer tut was</translation>
    </message>
    <message>
        <source>Open sockets, per process</source>
        <translation>Offene Sockets, pro Prozess</translation>
    </message>
    <message>
        <source>inherited over fork(); the parent closed its copy</source>
        <translation>über fork() geerbt; der Elternprozess hat seine Kopie geschlossen</translation>
    </message>
    <message>
        <source>inherited over fork()</source>
        <translation>über fork() geerbt</translation>
    </message>
    <message>
        <source>%1 (talks to %2)</source>
        <translation>%1 (spricht mit %2)</translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation>lauschender Socket</translation>
    </message>
    <message>
        <source>client connection</source>
        <translation>Client-Verbindung</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Threads alive: %1    Child processes: %2 (%3 running, %4 zombies)</source>
        <translation>Lebende Threads: %1    Kindprozesse: %2 (%3 laufen, %4 Zombies)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 watches %3 (sockets_list) and is waiting now; the wait before reported %4</source>
        <translation>%2 von %1 beobachtet %3 (sockets_list) und wartet gerade; das Warten davor meldete %4</translation>
    </message>
    <message>
        <source>%1&apos;s %2 watches %3 (sockets_list); its latest wait reported %4 ready</source>
        <translation>%2 von %1 beobachtet %3 (sockets_list); sein letztes Warten meldete %4 als bereit</translation>
    </message>
    <message>
        <source>not a socket the trace shows (the console pipe, a file)</source>
        <translation>kein Socket, den die Aufzeichnung zeigt (die Konsolen-Pipe, eine Datei)</translation>
    </message>
    <message>
        <source>closed after the latest wait began</source>
        <translation>geschlossen, nachdem das letzte Warten begann</translation>
    </message>
    <message>
        <source>ready in the wait before</source>
        <translation>im Warten davor bereit</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>TCP state</source>
        <translation>TCP-Zustand</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Gehalten von</translation>
    </message>
    <message>
        <source>Sockets in the kernel: none sampled (%1)</source>
        <translation>Sockets im Kernel: keine Stichproben (%1)</translation>
    </message>
    <message>
        <source>Sockets in the kernel at the cursor: %1 (samples: a state shorter than the sampling period can be missed)</source>
        <translation>Sockets im Kernel am Cursor: %1 (Stichproben: ein Zustand, der kürzer ist als der Abtastabstand, kann fehlen)</translation>
    </message>
    <message>
        <source>Sockets in the kernel at the cursor: %1, the first %2 listed (the socket lanes show every one; samples: a state shorter than the sampling period can be missed)</source>
        <translation>Sockets im Kernel am Cursor: %1, die ersten %2 aufgeführt (die Socket-Bahnen zeigen jeden; Stichproben: ein Zustand, der kürzer ist als der Abtastabstand, kann fehlen)</translation>
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
        <translation>Daten oder ein Schließen von %1; epoll_wait() meldet fd %2, wenn es kommt</translation>
    </message>
    <message>
        <source>data on fd %1; epoll_wait() reports it when it comes</source>
        <translation>Daten auf fd %1; epoll_wait() meldet sie, wenn sie kommen</translation>
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
        <translation>seinen Timer: die Schleife setzt ihn fort, sobald %1 ms vergangen sind</translation>
    </message>
    <message>
        <source>room in fd %1&apos;s send buffer: the client must read its replies</source>
        <translation>Platz im Sendepuffer von fd %1: der Client muss seine Antworten lesen</translation>
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
        <translation>SockScope-Zeitleiste</translation>
    </message>
    <message>
        <source>Could not encode the picture for %1.</source>
        <translation>Das Bild für %1 konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineGuide</name>
    <message>
        <source>How to read the timeline</source>
        <translation>So liest man die Zeitleiste</translation>
    </message>
    <message>
        <source>Each lane is one actor: a server thread, a forked child process or a client. The thin line means it exists and is in no recorded call: running its own code, or asleep.</source>
        <translation>Jede Bahn ist ein Akteur: ein Server-Thread, ein geforkter Kindprozess oder ein Client. Die dünne Linie bedeutet, dass er existiert und in keinem aufgezeichneten Aufruf ist: er führt eigenen Code aus oder schläft.</translation>
    </message>
    <message>
        <source>Blocked in accept(): the server waits for a client to connect.</source>
        <translation>Blockiert in accept(): Der Server wartet darauf, dass sich ein Client verbindet.</translation>
    </message>
    <message>
        <source>Blocked in recv(): waiting for data from the other side. A recv() that returns 0 means the peer closed the connection.</source>
        <translation>Blockiert in recv(): wartet auf Daten von der Gegenseite. Ein recv(), das 0 liefert, bedeutet, dass die Gegenseite die Verbindung geschlossen hat.</translation>
    </message>
    <message>
        <source>Blocked in connect(): the client waits for the server&apos;s kernel to complete the handshake (or retries while the backlog is full).</source>
        <translation>Blockiert in connect(): Der Client wartet, bis der Kernel des Servers den Handshake abschließt (oder wiederholt, solange der Backlog voll ist).</translation>
    </message>
    <message>
        <source>Blocked in select(), poll() or epoll_wait(): waiting until any of the watched sockets is ready.</source>
        <translation>Blockiert in select(), poll() oder epoll_wait(): wartet, bis irgendeiner der beobachteten Sockets bereit ist.</translation>
    </message>
    <message>
        <source>Blocked in send(): the socket&apos;s send buffer is full.</source>
        <translation>Blockiert in send(): Der Sendepuffer des Sockets ist voll.</translation>
    </message>
    <message>
        <source>Blocked in recvfrom(): a UDP socket waits for a datagram.</source>
        <translation>Blockiert in recvfrom(): Ein UDP-Socket wartet auf ein Datagramm.</translation>
    </message>
    <message>
        <source>Wake-up: a client&apos;s connect() or send() that made a blocked server call return.</source>
        <translation>Aufwecken: connect() oder send() eines Clients, das einen blockierten Serveraufruf zurückkehren ließ.</translation>
    </message>
    <message>
        <source>A new thread was created, or a child process was forked.</source>
        <translation>Ein neuer Thread wurde erzeugt, oder ein Kindprozess wurde geforkt.</translation>
    </message>
    <message>
        <source>Zombie: the child process has exited but its parent has not collected it with waitpid() yet. It still occupies an entry in the process table.</source>
        <translation>Zombie: Der Kindprozess ist beendet, aber sein Elternprozess hat ihn noch nicht mit waitpid() eingesammelt. Er belegt weiter einen Eintrag in der Prozesstabelle.</translation>
    </message>
    <message>
        <source>Readiness cells under a select/poll/epoll lane: one cell per watched descriptor; green ones were reported ready when the call returned.</source>
        <translation>Bereitschaftszellen unter einer select/poll/epoll-Bahn: eine Zelle pro beobachtetem Deskriptor; grüne wurden bei der Rückkehr des Aufrufs als bereit gemeldet.</translation>
    </message>
    <message>
        <source>The cursor: the event you stepped to. Every view shows the state at this moment.</source>
        <translation>Der Cursor: das Ereignis, zu dem du gegangen bist. Alle Ansichten zeigen den Zustand in diesem Moment.</translation>
    </message>
    <message>
        <source>Time runs from left to right. Hover anything for details; step with ← and → to move the cursor from one system call to the next.</source>
        <translation>Die Zeit läuft von links nach rechts. Fahre mit der Maus über etwas für Details; mit ← und → springt der Cursor von einem Systemaufruf zum nächsten.</translation>
    </message>
    <message>
        <source>An instant call that did not block: socket, bind, listen, accept that returned at once, …</source>
        <translation>Ein sofortiger Aufruf, der nicht blockierte: socket, bind, listen, ein accept, das sofort zurückkehrte, …</translation>
    </message>
    <message>
        <source>send() or sendto(): bytes handed to the kernel.</source>
        <translation>send() oder sendto(): Bytes an den Kernel übergeben.</translation>
    </message>
    <message>
        <source>close(), shutdown() or an exit: something ends here.</source>
        <translation>close(), shutdown() oder ein Ende: Hier hört etwas auf.</translation>
    </message>
    <message>
        <source>Would block: a non-blocking call returned EAGAIN instead of waiting.</source>
        <translation>Würde blockieren: Ein nicht blockierender Aufruf lieferte EAGAIN, statt zu warten.</translation>
    </message>
    <message>
        <source>A call failed (a red cross, also at the end of a bar when a blocked call failed); hover it to see the error.</source>
        <translation>Ein Aufruf schlug fehl (ein rotes Kreuz, auch am Ende eines Balkens, wenn ein blockierter Aufruf fehlschlug); fahre mit der Maus darüber, um den Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Stopped by you: the call returned because the run was stopped, not because of a client.</source>
        <translation>Von dir gestoppt: Der Aufruf kehrte zurück, weil der Lauf angehalten wurde, nicht wegen eines Clients.</translation>
    </message>
    <message>
        <source>Several calls too close together to tell apart at this zoom; zoom in to see them one by one.</source>
        <translation>Mehrere Aufrufe, zu dicht beieinander, um sie bei diesem Zoom zu unterscheiden; vergrößere, um sie einzeln zu sehen.</translation>
    </message>
    <message>
        <source>A squeezed idle stretch (press G to squeeze them): nothing happened for a while. Its real length is written on the time axis.</source>
        <translation>Eine zusammengeschobene Leerlaufstrecke (G schiebt sie zusammen): Eine Weile geschah nichts. Ihre echte Länge steht auf der Zeitachse.</translation>
    </message>
    <message>
        <source>A task lane (asyncio), nested under the loop thread that runs it: a task is a coroutine, not a thread. A dashed, see-through span such as &quot;awaiting read on fd 9&quot; is a task suspended at an await: no thread waits for it, only an entry in epoll&apos;s interest list.</source>
        <translation>Eine Task-Spur (asyncio), eingerückt unter dem Loop-Thread, der sie ausführt: ein Task ist eine Koroutine, kein Thread. Ein gestrichelter, durchscheinender Abschnitt wie &quot;wartet auf Lesen auf fd 9&quot; ist ein an einem await angehaltener Task: kein Thread wartet auf ihn, nur ein Eintrag in der Interessenliste von epoll.</translation>
    </message>
    <message>
        <source>A task suspended on a timer of the loop (&quot;sleeping 400 ms&quot;: await asyncio.sleep()). The loop thread serves the other tasks meanwhile.</source>
        <translation>Ein Task, der auf einen Timer der Schleife wartet (&quot;schläft 400 ms&quot;: await asyncio.sleep()). Der Loop-Thread bedient inzwischen die anderen Tasks.</translation>
    </message>
    <message>
        <source>A task running: a short solid slice while the loop thread resumed it. The same stretch on the loop thread&apos;s lane shows the calls the task made.</source>
        <translation>Ein laufender Task: ein kurzes, volles Stück, solange der Loop-Thread ihn fortsetzt. Derselbe Abschnitt auf der Spur des Loop-Threads zeigt die Aufrufe, die der Task machte.</translation>
    </message>
    <message>
        <source>Resumed: a dotted arrow from the loop thread&apos;s epoll_wait() that reported the task&apos;s descriptor ready (or after which its timer was due) to the task the loop resumed.</source>
        <translation>Fortgesetzt: ein gepunkteter Pfeil vom epoll_wait() des Loop-Threads, das den Deskriptor des Tasks als bereit meldete (oder nach dem sein Timer fällig war), zu dem Task, den die Schleife fortsetzte.</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelinePalette</name>
    <message>
        <source>waits in accept()</source>
        <translation>wartet in accept()</translation>
    </message>
    <message>
        <source>waits in recv()</source>
        <translation>wartet in recv()</translation>
    </message>
    <message>
        <source>waits in select/poll/epoll</source>
        <translation>wartet in select/poll/epoll</translation>
    </message>
    <message>
        <source>waits in connect()</source>
        <translation>wartet in connect()</translation>
    </message>
    <message>
        <source>send() blocked</source>
        <translation>send() blockiert</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>socket ready</source>
        <translation>Socket bereit</translation>
    </message>
    <message>
        <source>woke it up</source>
        <translation>hat ihn geweckt</translation>
    </message>
    <message>
        <source>thread / fork</source>
        <translation>Thread / fork</translation>
    </message>
    <message>
        <source>instant call</source>
        <translation>sofortiger Aufruf</translation>
    </message>
    <message>
        <source>waits in recvfrom()</source>
        <translation>wartet in recvfrom()</translation>
    </message>
    <message>
        <source>would block (EAGAIN)</source>
        <translation>würde blockieren (EAGAIN)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>von dir gestoppt</translation>
    </message>
    <message>
        <source>task awaits</source>
        <translation>Task wartet (await)</translation>
    </message>
    <message>
        <source>task runs</source>
        <translation>Task läuft</translation>
    </message>
    <message>
        <source>task resumed</source>
        <translation>Task fortgesetzt</translation>
    </message>
    <message>
        <source>queue level</source>
        <translation>Füllstand der Warteschlange</translation>
    </message>
    <message>
        <source>dropped (queue full)</source>
        <translation>verworfen (Warteschlange voll)</translation>
    </message>
    <message>
        <source>kernel samples: brief states can be missed</source>
        <translation>Stichproben des Kernels: kurze Zustände können fehlen</translation>
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
        <translation>%1 — PID %2</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>zombie: exited, not yet reaped</source>
        <translation>Zombie: beendet, noch nicht eingesammelt</translation>
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
        <translation>Start</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>Ende</translation>
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
        <translation>einsammeln %1</translation>
    </message>
    <message>
        <source>epoll_ctl %1</source>
        <translation>epoll_ctl %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>≈ %1 idle</source>
        <translation>≈ %1 Leerlauf</translation>
    </message>
    <message>
        <source>LIVE — following</source>
        <translation>LIVE — folgt</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>time →</source>
        <translation>Zeit →</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>blocked for %1 so far</source>
        <translation>bisher %1 blockiert</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>%1 blockiert</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 Threads</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 Kinder</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <source>at most %1 of %2 waiting at once</source>
        <translation>höchstens %1 von %2 warten gleichzeitig</translation>
    </message>
    <message>
        <source>  ▾ click here to fold them into one row</source>
        <translation>  ▾ hier klicken, um sie in eine Zeile zu falten</translation>
    </message>
    <message>
        <source>▸ click to show each</source>
        <translation>▸ klicken, um jede zu zeigen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Tasks</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>neuer Task</translation>
    </message>
    <message>
        <source>task done</source>
        <translation>Task fertig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>accept queue %1 of %2</source>
        <translation>Accept-Warteschlange %1 von %2</translation>
    </message>
    <message>
        <source>accept queue %1</source>
        <translation>Accept-Warteschlange %1</translation>
    </message>
    <message>
        <source>%1 B unread</source>
        <translation>%1 B ungelesen</translation>
    </message>
    <message>
        <source>%1 B unsent</source>
        <translation>%1 B ungesendet</translation>
    </message>
    <message>
        <source>+%1 dropped</source>
        <translation>+%1 verworfen</translation>
    </message>
    <message>
        <source>No socket lanes: %1.</source>
        <translation>Keine Socket-Bahnen: %1.</translation>
    </message>
    <message>
        <source>Sockets — what the kernel holds, sampled: a state shorter than the sampling period can be missed</source>
        <translation>Sockets — was der Kernel hält, als Stichproben: ein Zustand, der kürzer ist als der Abtastabstand, kann fehlen</translation>
    </message>
    <message>
        <source>Sockets — what the kernel holds (sampled)</source>
        <translation>Sockets — was der Kernel hält (Stichproben)</translation>
    </message>
    <message>
        <source>still TIME_WAIT at the last sample: the kernel keeps it about a minute</source>
        <translation>bei der letzten Stichprobe noch TIME_WAIT: Der Kernel behält ihn etwa eine Minute</translation>
    </message>
    <message>
        <source>still %1 at the last sample</source>
        <translation>bei der letzten Stichprobe noch %1</translation>
    </message>
    <message>
        <source>The cursor is at %1, out of view: click to bring it into view.</source>
        <translation>Der Cursor steht bei %1, außerhalb der Ansicht: ein Klick holt ihn in die Ansicht.</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceFile</name>
    <message>
        <source>a trace file</source>
        <translation>eine Trace-Datei</translation>
    </message>
</context>
<context>
    <name>sockscope::WatchController</name>
    <message>
        <source>&amp;Watch a program…</source>
        <translation>Ein Programm &amp;beobachten…</translation>
    </message>
    <message>
        <source>Run a program of your own (a Python or C server) and draw it like a model</source>
        <translation>Ein eigenes Programm (einen Python- oder C-Server) starten und wie ein Modell zeichnen</translation>
    </message>
    <message>
        <source>The line was not written: the program does not read its input now, or has closed it.</source>
        <translation>Die Zeile wurde nicht geschrieben: das Programm liest seine Eingabe gerade nicht oder hat sie geschlossen.</translation>
    </message>
    <message>
        <source>%1: its output and error; type a line for its input below</source>
        <translation>%1: Ausgabe und Fehlerausgabe; unten eine Zeile für die Eingabe tippen</translation>
    </message>
    <message>
        <source>The program did not start: %1</source>
        <translation>Das Programm ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Watching %1 (pid %2); Stop ends it and everything it forked.</source>
        <translation>Beobachte %1 (PID %2); Stopp beendet es und alles, was es geforkt hat.</translation>
    </message>
    <message>
        <source>%1 Step with ← and →, or press Space to replay.</source>
        <translation>%1 Mit ← und → schrittweise, oder Leertaste zum Abspielen.</translation>
    </message>
</context>
<context>
    <name>sockscope::WatchDialog</name>
    <message>
        <source>Watch a program</source>
        <translation>Ein Programm beobachten</translation>
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
        <translation>An Leerzeichen getrennt; Anführungszeichen halten Leerzeichen in einem Argument. Keine Shell läuft: keine Variablen, Platzhalter oder Pipes.</translation>
    </message>
    <message>
        <source>(SockScope&apos;s own)</source>
        <translation>(das von SockScope)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>(none: connect your own clients)</source>
        <translation>(keins: eigene Clients verbinden)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The port your program listens on: the scenario&apos;s clients connect to it once it listens</source>
        <translation>Der Port, auf dem Ihr Programm lauscht: die Clients des Szenarios verbinden sich, sobald es lauscht</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>Arbeits&amp;verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Scenario&apos;s clients:</source>
        <translation>&amp;Clients des Szenarios:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Program to watch</source>
        <translation>Zu beobachtendes Programm</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Name the program to watch.</source>
        <translation>Nennen Sie das zu beobachtende Programm.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The scenario&apos;s clients need the port your program listens on.</source>
        <translation>Die Clients des Szenarios brauchen den Port, auf dem Ihr Programm lauscht.</translation>
    </message>
    <message>
        <source>Runs %1 (an argument vector: no shell).</source>
        <translation>Startet %1 (ein Argumentvektor: keine Shell).</translation>
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
        <translation>Akteur %1</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>Backlog %1</translation>
    </message>
    <message>
        <source>fd %1 from %2</source>
        <translation>fd %1 von %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>verbunden als %1</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>Gegenseite hat geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>%n Byte von %1</numerusform>
            <numerusform>%n Bytes von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>watch %1</source>
        <translation>beobachtet %1</translation>
    </message>
    <message>
        <source>watch %1, timeout %2 ms</source>
        <translation>beobachtet %1, Zeitgrenze %2 ms</translation>
    </message>
    <message>
        <source>nothing ready (timeout)</source>
        <translation>nichts bereit (Zeitgrenze)</translation>
    </message>
    <message>
        <source>ready %1</source>
        <translation>bereit %1</translation>
    </message>
    <message>
        <source>, writable %1</source>
        <translation>, beschreibbar %1</translation>
    </message>
    <message>
        <source>child pid %1: %2</source>
        <translation>Kind PID %1: %2</translation>
    </message>
    <message>
        <source>new thread: %1</source>
        <translation>neuer Thread: %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>collected pid %1 (%2)</source>
        <translation>PID %1 eingesammelt (%2)</translation>
    </message>
    <message>
        <source>  fd %1</source>
        <translation>  fd %1</translation>
    </message>
    <message>
        <source>data: &quot;%1&quot;</source>
        <translation>Daten: „%1“</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ressource vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Angeforderte Adresse kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Verbindung von der Gegenstelle zurückgesetzt</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Software verursachte einen Verbindungsabbruch</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Die Operation ist jetzt in Bearbeitung</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Datenübergabe unterbrochen (broken pipe)</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Zu viele offene Dateien im System</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Die Wartezeit für die Verbindung ist abgelaufen</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Ungültiges Argument</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Ungültiger Dateideskriptor</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Unterbrochener Systemaufruf</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Der Transportendpunkt ist nicht verbunden</translation>
    </message>
    <message>
        <source>No child processes</source>
        <translation>Keine Kindprozesse</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Socket-Operation auf etwas, das kein Socket ist</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Keine Route zum Zielrechner</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Kein Pufferspeicher verfügbar</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Speicher kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>collected pid %1 (as the run stopped)</source>
        <translation>pid %1 eingesammelt (als der Lauf stoppte)</translation>
    </message>
    <message>
        <source>stopped by the run (the kernel said %1)</source>
        <translation>vom Lauf gestoppt (der Kernel meldete %1)</translation>
    </message>
    <message>
        <source>stopped by the run</source>
        <translation>vom Lauf gestoppt</translation>
    </message>
    <message>
        <source>fd %1 of pid %2</source>
        <translation>fd %1 von PID %2</translation>
    </message>
    <message>
        <source>last held by fd %1 of pid %2</source>
        <translation>zuletzt gehalten von fd %1 von PID %2</translation>
    </message>
    <message>
        <source>held by no descriptor of the run&apos;s processes</source>
        <translation>von keinem Deskriptor der Prozesse des Laufs gehalten</translation>
    </message>
    <message>
        <source>listening: the kernel finishes handshakes for it</source>
        <translation>lauscht: der Kernel schließt Handshakes für ihn ab</translation>
    </message>
    <message>
        <source>its SYN is sent, the handshake is not finished</source>
        <translation>sein SYN ist gesendet, der Handshake ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a SYN arrived, the handshake is not finished</source>
        <translation>ein SYN ist angekommen, der Handshake ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>this end has closed, the peer has not yet</source>
        <translation>dieses Ende hat geschlossen, die Gegenseite noch nicht</translation>
    </message>
    <message>
        <source>the peer has closed, this end has not</source>
        <translation>die Gegenseite hat geschlossen, dieses Ende nicht</translation>
    </message>
    <message>
        <source>both ends have closed, the last acknowledgement is awaited</source>
        <translation>beide Enden haben geschlossen, die letzte Bestätigung steht aus</translation>
    </message>
    <message>
        <source>both ends closed at the same time</source>
        <translation>beide Enden haben gleichzeitig geschlossen</translation>
    </message>
    <message>
        <source>this end closed first: the kernel keeps the connection&apos;s addresses for a while</source>
        <translation>dieses Ende hat zuerst geschlossen: der Kernel hält die Adressen der Verbindung noch eine Weile</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>the kernel no longer has this socket</source>
        <translation>der Kernel hat diesen Socket nicht mehr</translation>
    </message>
    <message>
        <source>%1 (sampled): %2; %3, %4</source>
        <translation>%1 (Stichprobe): %2; %3, %4</translation>
    </message>
    <message>
        <source> (backlog %1 + 1)</source>
        <translation> (Backlog %1 + 1)</translation>
    </message>
    <message>
        <source>%1 (sampled); %2, %3</source>
        <translation>%1 (Stichprobe); %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the accept queue</source>
        <translation>
            <numerusform>%n Verbindung wartet in der Accept-Warteschlange</numerusform>
            <numerusform>%n Verbindungen warten in der Accept-Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n connection request(s) dropped since listen()</source>
        <translation>
            <numerusform>; %n Verbindungsanfrage seit listen() verworfen</numerusform>
            <numerusform>; %n Verbindungsanfragen seit listen() verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread byte(s) in the receive queue</source>
        <translation>
            <numerusform>%n ungelesenes Byte in der Empfangswarteschlange</numerusform>
            <numerusform>%n ungelesene Bytes in der Empfangswarteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n byte(s) not yet acknowledged in the send queue</source>
        <translation>
            <numerusform>, %n Byte noch unbestätigt in der Sendewarteschlange</numerusform>
            <numerusform>, %n Bytes noch unbestätigt in der Sendewarteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>returned: the client closed</source>
        <translation>zurückgekehrt: der Client hat geschlossen</translation>
    </message>
    <message>
        <source>returned: the client quit</source>
        <translation>zurückgekehrt: der Client hat aufgehört</translation>
    </message>
    <message>
        <source>returned: the connection failed</source>
        <translation>zurückgekehrt: die Verbindung ist gescheitert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>new task: %1</source>
        <translation>neuer Task: %1</translation>
    </message>
    <message>
        <source>awaits data on fd %1</source>
        <translation>wartet auf Daten auf fd %1</translation>
    </message>
    <message>
        <source>awaits room to write on fd %1</source>
        <translation>wartet auf Platz zum Schreiben auf fd %1</translation>
    </message>
    <message>
        <source>sleeps %1 ms (a timer of the loop)</source>
        <translation>schläft %1 ms (ein Timer der Schleife)</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>resumed: fd %1 has data</source>
        <translation>fortgesetzt: fd %1 hat Daten</translation>
    </message>
    <message>
        <source>resumed: fd %1 has room</source>
        <translation>fortgesetzt: fd %1 hat Platz</translation>
    </message>
    <message>
        <source>resumed: its sleep is over</source>
        <translation>fortgesetzt: sein Schlaf ist vorbei</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
</context>
<context>
    <name>sockscope::loader::Validator</name>
    <message>
        <source>a time in milliseconds, 0 or more</source>
        <translation>eine Zeit in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a delay cannot be negative: time only runs forward</source>
        <translation>eine Verzögerung kann nicht negativ sein: Die Zeit läuft nur vorwärts</translation>
    </message>
</context>
</TS>
