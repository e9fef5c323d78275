#!/usr/bin/env python3
"""Slow clients against the headless theeye-supervisor.

500 connections that send nothing, or a request one byte a second, must not starve normal
clients: every normal request still succeeds, and its latency stays near what it was without
them (p99 at most 10x the quiet p99 plus 50 ms; the figures are printed). Oversized request
lines, headers and bodies are refused with 414/431/413 and the server keeps serving.

    tests/soak/slowclients.py BUILD_DIR [--slow 500] [--seconds 20]

Exit status 0 when every check passed, 1 otherwise, 2 when it could not run.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def start_server(exe, data, log_path):
    log = open(log_path, "w")
    process = subprocess.Popen([exe, "--port", "0", "--data-dir", data, "--organization", "local"],
                               stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = open(log_path).read()
        url = re.search(r"^URL: +http://127\.0\.0\.1:(\d+)", text, re.M)
        token = re.search(r"^Admin token: +([0-9a-f]{64})$", text, re.M)
        if url and token:
            return process, int(url.group(1)), token.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    sys.exit("theeye-supervisor did not start:\n" + open(log_path).read())


def timed_requests(port, token, paths, count):
    """count GETs over one keep-alive connection; returns (latencies in ms, failures)."""
    latencies, failures = [], []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": "Bearer " + token}
    for i in range(count):
        path = paths[i % len(paths)]
        start = time.monotonic()
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"{path}: {response.status}")
        except (OSError, http.client.HTTPException) as error:
            failures.append(f"{path}: {error!r}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append((time.monotonic() - start) * 1000)
    connection.close()
    return latencies, failures


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def raw_exchange(port, data, read_timeout=30):
    """Sends data (as fast as the server takes it) and returns the status line's code, or the
    error. The server may answer and close before the whole request is sent."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as sock:
        try:
            sock.sendall(data)
        except OSError:
            pass  # refused early: read what it said
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError as error:
            if not answer:
                return f"no answer ({error!r})"
        match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
        return int(match.group(1)) if match else f"no status line: {answer[:60]!r}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--slow", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    exe = os.path.join(args.build, "bin", "theeye-supervisor")
    if not os.access(exe, os.X_OK):
        print(f"missing: {exe} (build first)")
        return 2

    work = tempfile.mkdtemp(prefix="slowclients-")
    process, port, token = start_server(exe, os.path.join(work, "data"),
                                        os.path.join(work, "server.log"))
    failures = []
    slow = []
    try:
        tasks = json.loads(timed_request_body(port, token, "/local/task"))
        paths = ["/local/task", "/local/task/" + tasks[0]["id"], "/api/status"]
        timed_requests(port, token, paths, 30)  # warm-up
        quiet, quiet_failures = timed_requests(port, token, paths, 300)
        failures += ["quiet: " + f for f in quiet_failures]

        # Half the slow connections send nothing; half send a request one byte a second.
        request = (b"GET /local/task HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   b"Authorization: Bearer " + token.encode() + b"\r\n\r\n")
        for i in range(args.slow):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.setblocking(False)
            slow.append((sock, i % 2 == 1))
        stop = threading.Event()
        dribbled = [0, 0]  # bytes sent, connections the server closed

        def dribble():
            position = 0
            while not stop.wait(1.0):
                for sock, dribbling in slow:
                    if dribbling and sock.fileno() >= 0:
                        try:
                            sock.send(request[position % len(request):position % len(request) + 1])
                            dribbled[0] += 1
                        except OSError:
                            sock.close()
                            dribbled[1] += 1
                position += 1
        dribbler = threading.Thread(target=dribble, daemon=True)
        dribbler.start()
        time.sleep(2)  # the slow ones are all connected and dribbling

        loaded, loaded_failures = [], []
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline:
            batch, batch_failures = timed_requests(port, token, paths, 50)
            loaded += batch
            loaded_failures += batch_failures
        failures += ["with slow clients: " + f for f in loaded_failures]

        # Oversized request line, headers and bodies: refused, and quickly.
        token_header = b"Authorization: Bearer " + token.encode() + b"\r\n"
        oversized = {
            "1 MiB request line": (b"GET /local/task?x=" + b"a" * (1 << 20) + b" HTTP/1.1\r\n"
                                   b"Host: x\r\n\r\n", {414, 431}),
            "1 MiB header": (b"GET /local/task HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20)
                             + b"\r\n\r\n", {431}),
            "10,000 headers": (b"GET /local/task HTTP/1.1\r\nHost: x\r\n"
                               + b"".join(b"X-H%d: v\r\n" % i for i in range(10000)) + b"\r\n",
                               {431}),
            "17 MiB body by Content-Length": (b"POST /local/task HTTP/1.1\r\nHost: x\r\n"
                                              + token_header
                                              + b"Content-Type: application/json\r\n"
                                              b"Content-Length: 17825792\r\n\r\n{", {413}),
            "17 MiB chunked body": (b"POST /local/task HTTP/1.1\r\nHost: x\r\n" + token_header
                                    + b"Content-Type: application/json\r\n"
                                    b"Transfer-Encoding: chunked\r\n\r\n"
                                    + (b"100000\r\n" + b" " * 0x100000 + b"\r\n") * 17
                                    + b"0\r\n\r\n", {413}),
        }
        for name, (data, accepted) in oversized.items():
            status = raw_exchange(port, data)
            verdict = "refused" if status in accepted else "WRONG"
            print(f"  {name:32} -> {status} ({verdict})")
            if status not in accepted:
                failures.append(f"{name}: {status}, expected one of {sorted(accepted)}")
        stop.set()
        dribbler.join()

        after, after_failures = timed_requests(port, token, paths, 50)
        failures += ["after the slow clients: " + f for f in after_failures]
        if process.poll() is not None:
            failures.append("the server died")

        q50, q99 = percentile(quiet, 0.5), percentile(quiet, 0.99)
        l50, l99 = percentile(loaded, 0.5), percentile(loaded, 0.99)
        print(f"slow clients: {args.slow} connections ({args.slow // 2} idle, "
              f"{args.slow - args.slow // 2} at a byte a second; {dribbled[0]} bytes dribbled, "
              f"{dribbled[1]} closed by the server)")
        print(f"normal requests: quiet p50 {q50:.2f} ms p99 {q99:.2f} ms ({len(quiet)}); "
              f"with slow clients p50 {l50:.2f} ms p99 {l99:.2f} ms ({len(loaded)} in "
              f"{args.seconds} s)")
        print(f"FIGURE slowclients_p99_with_{args.slow}_slow {l99:.2f} ms quiet_p99 {q99:.2f}")
        if not loaded:
            failures.append("no normal request completed while the slow clients were connected")
        elif l99 > 10 * q99 + 50:
            failures.append(f"p99 with slow clients {l99:.1f} ms > 10 x quiet p99 + 50 ms")
    finally:
        for sock, _ in slow:
            sock.close()
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(30)
            if code != 0:
                failures.append(f"the server exited with {code} on SIGTERM")
        except subprocess.TimeoutExpired:
            process.kill()
            failures.append("the server did not stop on SIGTERM")
        if failures:
            print(open(os.path.join(work, "server.log")).read()[-2000:])
        shutil.rmtree(work, ignore_errors=True)

    if failures:
        print("SLOWCLIENTS FAILED:\n  " + "\n  ".join(failures[:20]))
        return 1
    print("SLOWCLIENTS OK")
    return 0


def timed_request_body(port, token, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Authorization": "Bearer " + token})
    body = connection.getresponse().read()
    connection.close()
    return body


if __name__ == "__main__":
    sys.exit(main())
