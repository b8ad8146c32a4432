<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Narration</name>
    <message numerus="yes">
        <source>%n connection(s) already waiting in the accept queue, so accept() returns at once without blocking.</source>
        <translation>
            <numerusform>%n connection already waiting in the accept queue, so accept() returns at once without blocking.</numerusform>
            <numerusform>%n connections already waiting in the accept queue, so accept() returns at once without blocking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already in the receive buffer, so recv() returns at once without blocking.</source>
        <translation>
            <numerusform>%n byte already in the receive buffer, so recv() returns at once without blocking.</numerusform>
            <numerusform>%n bytes already in the receive buffer, so recv() returns at once without blocking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recv() on fd %1 returned %n byte(s)%2 because %3 sent data and the kernel had it waiting in the receive buffer.</source>
        <translation>
            <numerusform>recv() on fd %1 returned %n byte%2 because %3 sent data and the kernel had it waiting in the receive buffer.</numerusform>
            <numerusform>recv() on fd %1 returned %n bytes%2 because %3 sent data and the kernel had it waiting in the receive buffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 handed %n byte(s)%2 to the kernel on fd %3, for %4. send() returns as soon as the bytes are in the send buffer, not when the other side reads them.</source>
        <translation>
            <numerusform>%1 handed %n byte%2 to the kernel on fd %3, for %4. send() returns as soon as the bytes are in the send buffer, not when the other side reads them.</numerusform>
            <numerusform>%1 handed %n bytes%2 to the kernel on fd %3, for %4. send() returns as soon as the bytes are in the send buffer, not when the other side reads them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>send() on fd %1 returned after handing over %n byte(s): %2 read enough to make room in the buffer.</source>
        <translation>
            <numerusform>send() on fd %1 returned after handing over %n byte: %2 read enough to make room in the buffer.</numerusform>
            <numerusform>send() on fd %1 returned after handing over %n bytes: %2 read enough to make room in the buffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recvfrom() returned a datagram of %n byte(s)%1 from %2. The sender&apos;s address comes with every datagram, so the reply can go back to it.</source>
        <translation>
            <numerusform>recvfrom() returned a datagram of %n byte%1 from %2. The sender&apos;s address comes with every datagram, so the reply can go back to it.</numerusform>
            <numerusform>recvfrom() returned a datagram of %n bytes%1 from %2. The sender&apos;s address comes with every datagram, so the reply can go back to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent a datagram of %n byte(s)%2 to %3 with sendto(): one message, no connection, no guarantee it arrives.</source>
        <translation>
            <numerusform>%1 sent a datagram of %n byte%2 to %3 with sendto(): one message, no connection, no guarantee it arrives.</numerusform>
            <numerusform>%1 sent a datagram of %n bytes%2 to %3 with sendto(): one message, no connection, no guarantee it arrives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketLanes</name>
    <message numerus="yes">
        <source>; %n connection(s) dropped since listen()</source>
        <translation>
            <numerusform>; %n connection dropped since listen()</numerusform>
            <numerusform>; %n connections dropped since listen()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unread (receive buffer %1)</source>
        <translation>
            <numerusform>%n byte unread (receive buffer %1)</numerusform>
            <numerusform>%n bytes unread (receive buffer %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unread</source>
        <translation>
            <numerusform>%n byte unread</numerusform>
            <numerusform>%n bytes unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unsent or unacknowledged (send buffer %1)</source>
        <translation>
            <numerusform>%n byte unsent or unacknowledged (send buffer %1)</numerusform>
            <numerusform>%n bytes unsent or unacknowledged (send buffer %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) unsent or unacknowledged</source>
        <translation>
            <numerusform>%n byte unsent or unacknowledged</numerusform>
            <numerusform>%n bytes unsent or unacknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message numerus="yes">
        <source>%n connection(s) already in the accept queue</source>
        <translation>
            <numerusform>%n connection already in the accept queue</numerusform>
            <numerusform>%n connections already in the accept queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already in the receive buffer</source>
        <translation>
            <numerusform>%n byte already in the receive buffer</numerusform>
            <numerusform>%n bytes already in the receive buffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope</name>
    <message numerus="yes">
        <source>%n task(s): </source>
        <translation>
            <numerusform>%n task: </numerusform>
            <numerusform>%n tasks: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the accept queue of %1</source>
        <translation>
            <numerusform>%n connection waits in the accept queue of %1</numerusform>
            <numerusform>%n connections wait in the accept queue of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the previous sample the kernel dropped %n more connection request(s) that found no room.</source>
        <translation>
            <numerusform>Since the previous sample the kernel dropped %n more connection request that found no room.</numerusform>
            <numerusform>Since the previous sample the kernel dropped %n more connection requests that found no room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n unread byte(s) in its receive queue</source>
        <translation>
            <numerusform>%1 holds %n unread byte in its receive queue</numerusform>
            <numerusform>%1 holds %n unread bytes in its receive queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n byte(s) not yet acknowledged in its send queue</source>
        <translation>
            <numerusform> and %n byte not yet acknowledged in its send queue</numerusform>
            <numerusform> and %n bytes not yet acknowledged in its send queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::eventtext</name>
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
            <numerusform>%n byte from %1</numerusform>
            <numerusform>%n bytes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the accept queue</source>
        <translation>
            <numerusform>%n connection waits in the accept queue</numerusform>
            <numerusform>%n connections wait in the accept queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n connection request(s) dropped since listen()</source>
        <translation>
            <numerusform>; %n connection request dropped since listen()</numerusform>
            <numerusform>; %n connection requests dropped since listen()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread byte(s) in the receive queue</source>
        <translation>
            <numerusform>%n unread byte in the receive queue</numerusform>
            <numerusform>%n unread bytes in the receive queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n byte(s) not yet acknowledged in the send queue</source>
        <translation>
            <numerusform>, %n byte not yet acknowledged in the send queue</numerusform>
            <numerusform>, %n bytes not yet acknowledged in the send queue</numerusform>
        </translation>
    </message>
</context>
</TS>
