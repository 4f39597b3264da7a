# Family B: code-review comments. House format:
# **Review summary:** one sentence
#
# [R1] **<blocker|major|minor|nit>** · `path:Lx-Ly`
# Issue: ...
# Suggestion: ...
# (optional ```suggestion block)
#
# ... findings ordered by severity ...
#
# **Verdict:** request changes | approve with nits | approve
EX = []


def B(user, out, split="train"):
    EX.append(dict(family="review", split=split, user=user, assistant=out.strip()))


B("""Review this diff (Go, file internal/cache/lru.go):

```diff
@@ -30,9 +30,12 @@ func (c *LRU) Get(key string) ([]byte, bool) {
+    c.mu.RLock()
     el, ok := c.items[key]
     if !ok {
         return nil, false
     }
     c.order.MoveToFront(el)
+    c.mu.RUnlock()
     return el.Value.(*entry).val, true
 }
```""",
"""**Review summary:** The read lock is a good start, but `Get` mutates the LRU list under a read lock and leaks the lock on the miss path.

[R1] **blocker** · `internal/cache/lru.go:L33-L35`
Issue: On a cache miss the function returns before `c.mu.RUnlock()`, so the read lock is never released and later writers deadlock.
Suggestion: Release the lock with `defer` right after acquiring it.

```suggestion
    c.mu.RLock()
    defer c.mu.RUnlock()
```

[R2] **major** · `internal/cache/lru.go:L36`
Issue: `c.order.MoveToFront(el)` modifies the list, which is not safe under a read lock; two concurrent `Get` calls can corrupt it.
Suggestion: Take the write lock (`c.mu.Lock()`) in `Get`, or split the lookup and the move into separate critical sections.

**Verdict:** request changes""")

B("""pls review, python, file app/utils/dates.py

```python
def days_between(a, b):
    return (b - a).days

def parse(s):
    try:
        return datetime.strptime(s, "%Y-%m-%d")
    except:
        return None
```""",
"""**Review summary:** Small helpers that work for the happy path; the bare `except` and missing docs are the main concerns.

[R1] **major** · `app/utils/dates.py:L6-L9`
Issue: The bare `except:` also swallows `KeyboardInterrupt` and programming errors such as passing a non-string, hiding bugs as `None` results.
Suggestion: Catch only `ValueError` (and `TypeError` if non-strings are expected).

```suggestion
    except ValueError:
        return None
```

[R2] **minor** · `app/utils/dates.py:L1-L2`
Issue: `days_between` returns a negative number when `b` is before `a`; callers cannot tell from the name.
Suggestion: Document the sign convention in a docstring or return `abs(...)` if direction does not matter.

[R3] **nit** · `app/utils/dates.py:L4`
Issue: `parse` is a very generic name for a module-level function.
Suggestion: Rename to `parse_iso_date`.

**Verdict:** request changes""")

B("""Can you review this TypeScript change? file: src/api/client.ts

```diff
-  const res = await fetch(url);
+  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
+  if (!res.ok) throw new ApiError(res.status, await res.text());
   return res.json();
```""",
"""**Review summary:** Adding a timeout and error handling is a clear improvement; only small points remain.

[R1] **minor** · `src/api/client.ts:L2`
Issue: The 10 000 ms timeout is hard-coded, so callers with long-running requests (exports, uploads) cannot extend it.
Suggestion: Accept an optional `timeoutMs` parameter that defaults to `10_000`.

[R2] **nit** · `src/api/client.ts:L3`
Issue: `await res.text()` can be very large for HTML error pages and ends up in the exception message.
Suggestion: Truncate the body, e.g. to the first 500 characters.

**Verdict:** approve with nits""")

B("""review: Rust, src/parser.rs

```rust
pub fn parse_port(s: &str) -> u16 {
    s.parse().unwrap()
}
```
it's called with user input from the CLI""",
"""**Review summary:** `parse_port` panics on invalid user input instead of reporting an error.

[R1] **major** · `src/parser.rs:L1-L3`
Issue: `unwrap()` panics when the CLI argument is not a number or is larger than 65535, so a typo crashes the program with a backtrace.
Suggestion: Return a `Result` and let the caller print a friendly message.

```suggestion
pub fn parse_port(s: &str) -> Result<u16, std::num::ParseIntError> {
    s.parse()
}
```

[R2] **minor** · `src/parser.rs:L1`
Issue: Port `0` is accepted, which usually means "pick any port" and is probably not intended from the CLI.
Suggestion: Reject `0` explicitly with a clear error.

**Verdict:** request changes""")

B("""Please review the following SQL migration (migrations/0042_add_index.sql) for our Postgres db with a 200M-row orders table:

```sql
CREATE INDEX idx_orders_customer ON orders (customer_id);
```""",
"""**Review summary:** The index is useful, but creating it this way will lock a 200M-row table for a long time.

[R1] **blocker** · `migrations/0042_add_index.sql:L1`
Issue: `CREATE INDEX` without `CONCURRENTLY` takes a lock that blocks writes to `orders` for the whole build, which on 200M rows can be many minutes of downtime.
Suggestion: Build the index concurrently, outside a transaction.

```suggestion
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);
```

[R2] **minor** · `migrations/0042_add_index.sql:L1`
Issue: The migration is not idempotent; rerunning it after a partial failure errors out.
Suggestion: Use `IF NOT EXISTS` as in the suggestion above, and drop an invalid index left over from a failed concurrent build before retrying.

**Verdict:** request changes""")

B("""Review this, it's a Dockerfile for the ingest-worker:

```dockerfile
FROM python:3.12
COPY . /app
RUN pip install -r /app/requirements.txt
ENV API_KEY=sk_live_4f9a...
CMD ["python", "/app/main.py"]
```""",
"""**Review summary:** The image works but embeds a live secret and is larger and slower to rebuild than necessary.

[R1] **blocker** · `Dockerfile:L4`
Issue: A live API key is baked into the image with `ENV`; anyone who can pull the image can read it, and it stays in the layer history.
Suggestion: Remove the line, rotate the key, and inject it at runtime (orchestrator secret or `--env-file`).

[R2] **minor** · `Dockerfile:L2-L3`
Issue: Copying the whole source before installing dependencies invalidates the pip layer on every code change.
Suggestion: Copy `requirements.txt` first, run `pip install`, then copy the rest.

[R3] **nit** · `Dockerfile:L1`
Issue: The full `python:3.12` image is large.
Suggestion: Use `python:3.12-slim` unless build tools are needed at runtime.

**Verdict:** request changes""")

B("""quick review pls — file lib/format.rb

```ruby
def format_price(cents)
  "$" + (cents / 100).to_s + "." + (cents % 100).to_s
end
```""",
"""**Review summary:** The formatter drops leading zeros in the cents part and mishandles negative amounts.

[R1] **major** · `lib/format.rb:L2`
Issue: For 1005 cents the result is `$10.5` instead of `$10.05`, because `cents % 100` is not zero-padded.
Suggestion: Use a format string.

```suggestion
  format("$%d.%02d", cents / 100, cents % 100)
```

[R2] **minor** · `lib/format.rb:L1-L3`
Issue: Ruby integer division rounds towards negative infinity, so negative amounts (refunds) format incorrectly.
Suggestion: Format the absolute value and prepend the sign separately, and add a test for refunds.

**Verdict:** request changes""")

B("""Review the following Java diff in OrderService.java:

```diff
 public Order find(long id) {
-    return repo.findById(id).get();
+    return repo.findById(id).orElseThrow(() -> new OrderNotFoundException(id));
 }
```""",
"""**Review summary:** Good change: a missing order now produces a domain exception instead of a bare `NoSuchElementException`.

[R1] **nit** · `OrderService.java:L2`
Issue: Callers of `find` may not know about the new exception.
Suggestion: Add `@throws OrderNotFoundException` to the Javadoc.

**Verdict:** approve with nits""")

B("""code review for shell script deploy.sh:

```bash
#!/bin/bash
cd $DEPLOY_DIR
rm -rf *
tar xzf /tmp/release.tgz
systemctl restart app
```""",
"""**Review summary:** The script can delete the wrong directory and keeps going after failures.

[R1] **blocker** · `deploy.sh:L2-L3`
Issue: If `DEPLOY_DIR` is unset or `cd` fails, `rm -rf *` runs in the current directory, possibly deleting unrelated files.
Suggestion: Enable strict mode and guard the variable.

```suggestion
set -euo pipefail
cd "${DEPLOY_DIR:?DEPLOY_DIR must be set}"
```

[R2] **major** · `deploy.sh:L4-L5`
Issue: Without `set -e`, a failed extraction still restarts the service with a half-deployed directory.
Suggestion: Covered by `set -euo pipefail` above; additionally extract into a new directory and switch a symlink for atomic deploys.

[R3] **nit** · `deploy.sh:L2`
Issue: `$DEPLOY_DIR` is unquoted.
Suggestion: Quote variable expansions.

**Verdict:** request changes""")

B("""Review please. Kotlin, file src/main/kotlin/RateLimiter.kt

```kotlin
class RateLimiter(private val perSecond: Int) {
    private var tokens = perSecond
    private var last = System.currentTimeMillis()

    fun tryAcquire(): Boolean {
        val now = System.currentTimeMillis()
        tokens += ((now - last) / 1000 * perSecond).toInt()
        if (tokens > perSecond) tokens = perSecond
        last = now
        return if (tokens > 0) { tokens--; true } else false
    }
}
```""",
"""**Review summary:** The token bucket logic is close, but refills are lost and the class is not thread-safe.

[R1] **major** · `src/main/kotlin/RateLimiter.kt:L7-L9`
Issue: Integer division `(now - last) / 1000` discards partial seconds, and `last = now` then throws the remainder away, so calls more often than once per second never refill.
Suggestion: Compute refill from elapsed milliseconds as a double and only advance `last` by the time actually converted into tokens.

[R2] **major** · `src/main/kotlin/RateLimiter.kt:L5-L11`
Issue: `tokens` and `last` are mutated without synchronisation; concurrent callers can exceed the limit.
Suggestion: Mark `tryAcquire` `@Synchronized` or use an `AtomicLong`-based implementation.

[R3] **nit** · `src/main/kotlin/RateLimiter.kt:L3`
Issue: `System.currentTimeMillis()` can jump with clock changes.
Suggestion: Use `System.nanoTime()` for elapsed time.

**Verdict:** request changes""")

B("""Review this small change, nothing major I think:

```diff
--- a/README.md
+++ b/README.md
-Run `make test` to run the tests.
+Run `make test` to run the unit tests and `make e2e` for end-to-end tests.
```""",
"""**Review summary:** Clear, accurate documentation improvement.

No findings.

**Verdict:** approve""")

B("""Reviewing a React component (src/components/UserList.jsx):

```jsx
export function UserList({ users }) {
  return (
    <ul>
      {users.map(u => <li>{u.name}</li>)}
    </ul>
  );
}
```""",
"""**Review summary:** Simple component; it is missing list keys and an empty state.

[R1] **minor** · `src/components/UserList.jsx:L4`
Issue: List items have no `key`, which triggers React warnings and causes unnecessary re-renders when the list changes.
Suggestion: Use a stable id.

```suggestion
      {users.map(u => <li key={u.id}>{u.name}</li>)}
```

[R2] **nit** · `src/components/UserList.jsx:L2-L6`
Issue: An empty `users` array renders an empty `<ul>` with no feedback.
Suggestion: Render a short "No users yet" message when the list is empty.

**Verdict:** approve with nits""")

B("""review this C code from src/buffer.c:

```c
char *buf_dup(const char *s) {
    char *p = malloc(strlen(s));
    strcpy(p, s);
    return p;
}
```""",
"""**Review summary:** `buf_dup` writes past the end of its allocation and does not handle allocation failure.

[R1] **blocker** · `src/buffer.c:L2-L3`
Issue: `malloc(strlen(s))` does not reserve space for the terminating NUL, so `strcpy` writes one byte out of bounds (heap overflow).
Suggestion: Allocate `strlen(s) + 1` bytes, or use `strdup`.

```suggestion
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p == NULL) return NULL;
    memcpy(p, s, n);
```

[R2] **major** · `src/buffer.c:L2`
Issue: The result of `malloc` is not checked; on failure `strcpy` dereferences `NULL`.
Suggestion: Covered by the suggestion above; document that callers must handle `NULL`.

**Verdict:** request changes""")

B("""Please review: config change in k8s/deployment.yaml

```diff
       containers:
         - name: api
           image: registry.example.com/api:latest
+          resources:
+            limits:
+              memory: "256Mi"
```
The service usually uses around 400Mi in prod according to the dashboard.""",
"""**Review summary:** Adding resource limits is right, but the chosen memory limit is below the service's normal usage.

[R1] **blocker** · `k8s/deployment.yaml:L4-L6`
Issue: A 256Mi memory limit is lower than the roughly 400Mi the service uses in production, so pods will be OOM-killed and restart in a loop.
Suggestion: Set the limit above observed peak usage, e.g. `memory: "512Mi"`, and add a matching `requests` value.

[R2] **minor** · `k8s/deployment.yaml:L3`
Issue: The `latest` tag makes rollouts non-reproducible and rollbacks unreliable.
Suggestion: Deploy an immutable tag or image digest.

**Verdict:** request changes""")

B("""review pls (python, tests/test_api.py)

```python
def test_create_user(client):
    r = client.post("/users", json={"name": "a"})
    assert r.status_code == 201
    time.sleep(2)
    r2 = client.get("/users")
    assert len(r2.json()) == 1
```""",
"""**Review summary:** The test checks the right behaviour but relies on a sleep and on global state.

[R1] **major** · `tests/test_api.py:L4`
Issue: `time.sleep(2)` makes the test slow and still flaky if the write takes longer under load.
Suggestion: Wait for the condition explicitly (poll with a timeout) or make the write synchronous in tests.

[R2] **minor** · `tests/test_api.py:L6`
Issue: Asserting exactly one user fails when other tests leave users behind.
Suggestion: Assert that the created user is in the response by id, or isolate the database per test.

**Verdict:** request changes""")

B("""Review the Go error handling here (cmd/sync/main.go):

```go
data, _ := os.ReadFile(path)
var cfg Config
json.Unmarshal(data, &cfg)
```""",
"""**Review summary:** Both errors are ignored, so a missing or malformed config silently becomes a zero-value `Config`.

[R1] **major** · `cmd/sync/main.go:L1`
Issue: The error from `os.ReadFile` is discarded; a missing file yields empty data.
Suggestion: Check and wrap the error.

```suggestion
data, err := os.ReadFile(path)
if err != nil {
    return fmt.Errorf("read config %s: %w", path, err)
}
```

[R2] **major** · `cmd/sync/main.go:L3`
Issue: The error from `json.Unmarshal` is discarded; invalid JSON leaves `cfg` partly filled.
Suggestion: Check it the same way, and consider `DisallowUnknownFields` to catch typos.

**Verdict:** request changes""")

B("""Here's a tiny refactor in utils/strings.ts, review:

```diff
-export function isBlank(s: string): boolean {
-  return s == null || s.trim().length == 0;
-}
+export const isBlank = (s: string | null | undefined): boolean =>
+  s == null || s.trim() === "";
```""",
"""**Review summary:** Equivalent behaviour with a more accurate type signature.

[R1] **nit** · `utils/strings.ts:L1`
Issue: The function moved from a declaration to an arrow function, which changes hoisting; harmless here but unrelated to the type fix.
Suggestion: Keep the `function` form if the team prefers declarations for exported helpers.

**Verdict:** approve with nits""")

B("""Review of a GitHub Actions workflow (.github/workflows/release.yml):

```yaml
on:
  pull_request_target:
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: ./scripts/release.sh
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
```""",
"""**Review summary:** This workflow runs untrusted pull-request code with access to the npm token.

[R1] **blocker** · `.github/workflows/release.yml:L1-L12`
Issue: `pull_request_target` runs with repository secrets, and the job checks out the PR head and executes `./scripts/release.sh` from it, so any fork can exfiltrate `NPM_TOKEN`.
Suggestion: Trigger releases on `push` to tags or `workflow_dispatch` only, and never combine `pull_request_target` with checking out PR code.

[R2] **minor** · `.github/workflows/release.yml:L5`
Issue: `ubuntu-latest` changes over time.
Suggestion: Pin a runner image such as `ubuntu-24.04` for reproducible releases.

**Verdict:** request changes""")

B("""can u review this? swift, Sources/Net/ImageCache.swift

```swift
final class ImageCache {
    static let shared = ImageCache()
    private var store: [URL: UIImage] = [:]

    func image(for url: URL) -> UIImage? { store[url] }
    func insert(_ img: UIImage, for url: URL) { store[url] = img }
}
```""",
"""**Review summary:** A workable cache, but it is unbounded and not safe to use from several threads.

[R1] **major** · `Sources/Net/ImageCache.swift:L3-L6`
Issue: The dictionary is accessed from whatever thread calls `image(for:)` and `insert(_:for:)`; concurrent image loads can crash.
Suggestion: Use `NSCache`, which is thread-safe, or serialise access with an actor.

[R2] **minor** · `Sources/Net/ImageCache.swift:L3`
Issue: The cache never evicts, so memory grows with every image.
Suggestion: `NSCache` also provides automatic eviction under memory pressure; set `countLimit`.

**Verdict:** request changes""")

B("""Review this Terraform snippet (infra/s3.tf):

```hcl
resource "aws_s3_bucket" "logs" {
  bucket = "acme-prod-logs"
  acl    = "public-read"
}
```""",
"""**Review summary:** The log bucket is publicly readable.

[R1] **blocker** · `infra/s3.tf:L3`
Issue: `acl = "public-read"` exposes production logs, which typically contain IPs, user ids and tokens, to the internet.
Suggestion: Remove the ACL, add an `aws_s3_bucket_public_access_block` with all four settings enabled, and grant access through IAM.

[R2] **minor** · `infra/s3.tf:L1-L4`
Issue: No server-side encryption or lifecycle rule is configured.
Suggestion: Add default encryption and an expiration rule for old logs.

**Verdict:** request changes""")

B("""Review, python, file worker/queue.py. I added a default arg:

```python
def enqueue(job, tags=[]):
    tags.append("queued")
    QUEUE.put((job, tags))
```""",
"""**Review summary:** The mutable default argument makes tags leak between calls.

[R1] **major** · `worker/queue.py:L1-L2`
Issue: `tags=[]` is created once; every call without `tags` appends `"queued"` to the same list, so later jobs carry many duplicate tags.
Suggestion: Use `None` as the default.

```suggestion
def enqueue(job, tags=None):
    tags = [*(tags or []), "queued"]
```

**Verdict:** request changes""")

B("""review my Rust diff in src/config.rs, it adds a default:

```diff
 #[derive(Deserialize)]
 pub struct Config {
     pub workers: usize,
+    #[serde(default = "default_retries")]
+    pub retries: u32,
 }
+fn default_retries() -> u32 { 3 }
```""",
"""**Review summary:** Clean addition of a defaulted field; existing config files keep working.

[R1] **nit** · `src/config.rs:L7`
Issue: The default of 3 is only visible in code.
Suggestion: Mention `retries` and its default in the configuration docs and the example config file.

**Verdict:** approve with nits""")

# ---------------- validation
B("""Review this JS (server/routes/files.js):

```js
app.get("/files/:name", (req, res) => {
  res.sendFile(path.join(__dirname, "uploads", req.params.name));
});
```""",
"""**Review summary:** The route allows path traversal outside the uploads directory.

[R1] **blocker** · `server/routes/files.js:L2`
Issue: `req.params.name` is joined without validation, so encoded `../` sequences can read arbitrary files readable by the server.
Suggestion: Use the `root` option of `sendFile` and reject names containing path separators.

```suggestion
  res.sendFile(req.params.name, { root: path.join(__dirname, "uploads"), dotfiles: "deny" });
```

**Verdict:** request changes""", split="validation")

B("""review (go, pkg/retry/retry.go):

```go
for i := 0; i < attempts; i++ {
    if err = fn(); err == nil {
        return nil
    }
    time.Sleep(time.Second)
}
return err
```""",
"""**Review summary:** Simple retry loop; it sleeps after the last attempt and ignores cancellation.

[R1] **minor** · `pkg/retry/retry.go:L5`
Issue: The loop sleeps one second even after the final failed attempt, delaying the error for no benefit.
Suggestion: Skip the sleep when `i == attempts-1`.

[R2] **minor** · `pkg/retry/retry.go:L5`
Issue: `time.Sleep` cannot be interrupted, so callers cannot cancel a retrying operation.
Suggestion: Accept a `context.Context` and wait with `select` on `ctx.Done()` and a timer.

**Verdict:** approve with nits""", split="validation")

B("""Please review this change to docs/CONTRIBUTING.md:

```diff
-Please run the linter before opening a PR.
+Please run `npm run lint` before opening a PR.
```""",
"""**Review summary:** Makes the instruction concrete; nothing to change.

No findings.

**Verdict:** approve""", split="validation")

B("""Review Python (billing/tax.py). Amounts are money.

```python
def add_tax(amount: float, rate: float) -> float:
    return round(amount * (1 + rate), 2)
```""",
"""**Review summary:** Using binary floats for money will produce rounding errors.

[R1] **major** · `billing/tax.py:L1-L2`
Issue: `float` cannot represent most decimal amounts exactly, and `round` uses banker's rounding, so totals can be off by a cent.
Suggestion: Use `Decimal` and an explicit rounding mode.

```suggestion
def add_tax(amount: Decimal, rate: Decimal) -> Decimal:
    return (amount * (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
```

**Verdict:** request changes""", split="validation")

B("""quick look? Makefile:

```make
test:
	go test ./...
build:
	go build -o bin/app ./cmd/app
```""",
"""**Review summary:** Works as is; targets are missing `.PHONY`.

[R1] **nit** · `Makefile:L1-L4`
Issue: If a file or directory named `test` or `build` ever exists, make will consider the target up to date and skip it.
Suggestion: Add `.PHONY: test build`.

**Verdict:** approve with nits""", split="validation")
