using System.Text;

namespace Archive.Cli.Preview;

/// <summary>
/// The script injected before <c>&lt;/body&gt;</c> of HTML the preview serves (never written to the output
/// folder): the LiveReload handshake, reload on <c>reload</c>, and an overlay for <c>build-error</c>.
/// </summary>
internal static class ReloadScript
{
    private const string Script = """
<script data-archive-preview>
(() => {
  const built = __BUILD__;
  let overlay = null;
  function show(message) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'archive-preview-error';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
    const title = document.createElement('h2');
    title.textContent = message.title || 'Build failed';
    title.style.cssText = 'color:#ff8080;margin:0 0 1rem;font-size:1.3rem';
    overlay.appendChild(title);
    for (const error of message.errors || []) {
      const item = document.createElement('p');
      item.className = 'archive-preview-error-item';
      item.textContent = error.text;
      overlay.appendChild(item);
    }
    const note = document.createElement('p');
    note.textContent = 'The last good build is still served. Fix the file and save: this page reloads.';
    note.style.opacity = '.7';
    overlay.appendChild(note);
    const close = document.createElement('button');
    close.textContent = 'Dismiss';
    close.onclick = hide;
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function connect() {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/livereload');
    socket.onopen = () => socket.send(JSON.stringify({ command: 'hello', protocols: ['http://livereload.com/protocols/official-7'] }));
    socket.onmessage = event => {
      const message = JSON.parse(event.data);
      if (message.command === 'hello' && message.build !== built) { location.reload(); }
      else if (message.command === 'reload') { location.reload(); }
      else if (message.command === 'build-error') { show(message); }
      else if (message.command === 'alert') { show({ title: message.message, errors: [] }); }
    };
    socket.onclose = () => setTimeout(connect, 500);
  }
  connect();
})();
</script>
""";

    /// <summary>The page with the script before its last <c>&lt;/body&gt;</c> (or at the end when it has none).</summary>
    public static byte[] Inject(byte[] html, int build)
    {
        var text = Encoding.UTF8.GetString(html);
        var script = Script.Replace("__BUILD__", build.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + script : text[..at] + script + text[at..]);
    }
}
