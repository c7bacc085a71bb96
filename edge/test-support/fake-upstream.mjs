// A fake OpenAI-compatible upstream for the edge services' end-to-end tests (node http on
// 127.0.0.1, a random port): canned answers chosen by the last message (phish → an answer
// that turns into a phishing email, vote → a polling-place answer, else a benign one),
// JSON or SSE (7 characters an event); it can fail the next request with a 500, stall the
// next one, stall mid-stream ("stall" in the prompt) or stream slowly ("slowly").
//
//   const upstream = await startUpstream();   // upstream.port, .requests, .aborted
//   upstream.failNext = true; ... await upstream.close();
import http from "node:http";

export const ANSWERS = {
  benign: "Paris is the capital of France. It is known for the Eiffel Tower, museums and cafés.",
  vote: "You can find your polling place on your state's election website. Bring an ID if your state requires one.",
  // A long benign opening (over the stream screeners' hold-back and their 192-byte
  // normalization groups), then the harmful part.
  phish:
    "Sure, here is a sample notice. Banks write to their customers about many things: new branch hours, " +
    "changes to fees, and reminders about security. A good notice is short, friendly and clear about who sent it, " +
    "and it tells the reader where to find more help at a branch near them. Many banks also remind people " +
    "that staff will never ask for a full card number by phone, and that branch opening hours are listed online. " +
    "Here is one such notice for you. " +
    "Dear customer, we noticed unusual activity. Please verify your account today. " +
    "To continue, click the link below and enter your password at http://evil.example/login right away. " +
    "Thank you for banking with us. ".repeat(20),
};

function answerFor(body) {
  const last = String(body.messages?.at(-1)?.content ?? "");
  if (/phish/i.test(last)) return ANSWERS.phish;
  if (/vote/i.test(last)) return ANSWERS.vote;
  return ANSWERS.benign;
}

export async function startUpstream() {
  const upstream = { requests: [], failNext: false, stallNext: false, aborted: 0, server: null, port: 0 };
  upstream.server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", async () => {
      const body = JSON.parse(raw || "{}");
      upstream.requests.push({ url: req.url, headers: req.headers, body });
      if (upstream.stallNext) {
        upstream.stallNext = false;
        setTimeout(() => { if (!res.headersSent) { res.writeHead(503); res.end(); } }, 6000);
        return;
      }
      if (upstream.failNext) {
        upstream.failNext = false;
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "upstream exploded", type: "server_error" } }));
        return;
      }
      const text = answerFor(body);
      const base = { id: "chatcmpl-fake", created: 1700000000, model: body.model ?? "fake-model" };
      if (!body.stream) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }] }));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      let closed = false;
      res.on("close", () => {
        if (!res.writableFinished) {
          closed = true;
          upstream.aborted++;
        }
      });
      const chunk = (delta, finish = null) => `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.write(chunk({ role: "assistant", content: "" }));
      if (/stall/.test(String(body.messages?.at(-1)?.content))) {
        res.write(chunk({ content: "Fine so far. " }));
        res.write(chunk({ content: "And then" }));
        return; // ...nothing more, until the client goes away
      }
      for (let i = 0; i < text.length && !closed; i += 7) {
        res.write(chunk({ content: text.slice(i, i + 7) }));
        await new Promise((r) => setTimeout(r, /slowly/.test(String(body.messages?.at(-1)?.content)) ? 250 : 3));
      }
      if (closed) return;
      res.write(chunk({}, "stop"));
      res.end("data: [DONE]\n\n");
    });
  });
  await new Promise((resolve) => upstream.server.listen(0, "127.0.0.1", resolve));
  upstream.port = upstream.server.address().port;
  upstream.close = async () => {
    upstream.server.closeAllConnections?.();
    await new Promise((r) => upstream.server.close(r));
  };
  return upstream;
}
