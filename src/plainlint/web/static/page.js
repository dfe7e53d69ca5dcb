"use strict";
(function () {
  // Everything from a document is put on the page with textContent, never as HTML.
  var form = document.getElementById("upload");
  var drop = document.getElementById("drop");
  var input = document.getElementById("files");
  var chosen = document.getElementById("chosen");
  var message = document.getElementById("message");
  var profile = document.getElementById("profile");
  var picked = [];
  var limits = (document.body.dataset.limits || "20,50").split(",");
  var maxFiles = parseInt(limits[0], 10), maxMb = parseFloat(limits[1]);
  var labels = { "board-paper": "Board and committee papers", "public": "Residents and the public", "strict": "Everything, house style too" };

  (document.body.dataset.profiles || "").split(",").filter(Boolean).forEach(function (p) {
    var o = document.createElement("option");
    o.value = p; o.textContent = labels[p] || p;
    profile.appendChild(o);
  });
  if (!profile.options.length) { profile.parentNode.querySelector("label[for=profile]").hidden = true; profile.hidden = true; }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function show(files) {
    picked = picked.concat(Array.prototype.slice.call(files));
    chosen.textContent = "";
    picked.forEach(function (f) { chosen.appendChild(el("li", f.name + " (" + Math.ceil(f.size / 1024) + " KB)")); });
  }
  input.addEventListener("change", function () { show(input.files); input.value = ""; });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { if (e.dataTransfer) show(e.dataTransfer.files); });
  drop.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    message.textContent = "";
    var text = document.getElementById("text").value;
    if (!picked.length && !text.trim()) { message.textContent = "Drop a document on the page or paste some text first."; return; }
    if (picked.length > maxFiles) { message.textContent = "At most " + maxFiles + " files at a time."; return; }
    var size = picked.reduce(function (n, f) { return n + f.size; }, 0);
    if (size > maxMb * 1048576) { message.textContent = "These files are over the limit of " + maxMb + " MB together."; return; }
    var data = new FormData();
    picked.forEach(function (f) { data.append("files", f, f.name); });
    if (text.trim()) { data.append("text", text); data.append("text_format", /^#|\n#/.test(text) ? "markdown" : "text"); }
    if (!profile.hidden) data.append("profile", profile.value);
    document.getElementById("go").disabled = true;
    document.getElementById("results").hidden = true;
    fetch("api/jobs", { method: "POST", body: data }).then(function (r) {
      return r.json().then(function (body) { if (!r.ok) throw new Error(body.error || "the upload failed"); return body; });
    }).then(function (job) { poll(job.id); }).catch(function (err) {
      message.textContent = err.message; document.getElementById("go").disabled = false;
    });
  });

  function poll(id) {
    var box = document.getElementById("progress"), bar = document.getElementById("bar");
    box.hidden = false;
    fetch("api/jobs/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (s) {
      if (s.error) throw new Error(s.error);
      bar.max = s.total; bar.value = s.done;
      document.getElementById("progress-text").textContent = "Checked " + s.done + " of " + s.total + (s.total === 1 ? " document" : " documents");
      if (!s.finished) { setTimeout(function () { poll(id); }, 400); return; }
      box.hidden = true;
      render(id, s);
      picked = []; chosen.textContent = "";
      document.getElementById("go").disabled = false;
    }).catch(function (err) { message.textContent = err.message; box.hidden = true; document.getElementById("go").disabled = false; });
  }

  function figure(label, value, note, cls) {
    var f = el("div", null, "figure " + (cls || ""));
    f.appendChild(el("span", label));
    f.appendChild(el("b", value === null || value === undefined ? "–" : value));
    if (note) f.appendChild(el("span", note, "label"));
    return f;
  }
  function findingItem(f) {
    var li = el("li");
    li.appendChild(el("span", f.severity, "sev " + f.severity));
    li.appendChild(document.createTextNode(" "));
    if (f.text) { li.appendChild(el("span", f.text, "quote")); li.appendChild(document.createTextNode(": ")); }
    li.appendChild(document.createTextNode(f.message));
    if (f.suggestions && f.suggestions.length) li.appendChild(document.createTextNode(" Instead: " + f.suggestions.join(" or ") + "."));
    if (f.where) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "(" + f.where + ")", "where")); }
    return li;
  }
  function render(id, s) {
    var results = document.getElementById("results"), docs = document.getElementById("documents"), dl = document.getElementById("downloads");
    docs.textContent = ""; dl.textContent = "";
    var base = "api/jobs/" + encodeURIComponent(id);
    var rep = el("a", "Open the full report (every finding in the text)"); rep.href = base + "/report.html"; rep.target = "_blank"; rep.rel = "noopener";
    var csv = el("a", "Download the summary (CSV)"); csv.href = base + "/summary.csv";
    dl.appendChild(rep); dl.appendChild(csv);
    s.documents.forEach(function (d) {
      var box = el("article", null, "doc");
      box.appendChild(el("h2", d.name));
      if (d.error) { box.appendChild(el("p", "Could not be checked: " + d.error, "failed")); docs.appendChild(box); return; }
      var figs = el("div", null, "figures");
      if (d.score !== null && d.score !== undefined) {
        var sc = Math.round(d.score);
        figs.appendChild(figure("Plain-English score", sc + " / 100", sc >= 70 ? "Good" : sc >= 50 ? "Fair" : "Needs work", sc >= 70 ? "good" : sc >= 50 ? "fair" : "bad"));
      }
      if (d.reading_age !== null && d.reading_age !== undefined) {
        var above = d.reading_age > d.target;
        figs.appendChild(figure("Reading age", d.reading_age, (above ? "Above" : "Within") + " the target of " + d.target, above ? "bad" : "good"));
      }
      figs.appendChild(figure("Words", d.words));
      figs.appendChild(figure("To fix", d.counts.error + d.counts.warning, d.counts.error + " errors, " + d.counts.warning + " warnings"));
      figs.appendChild(figure("Suggestions", d.counts.suggestion));
      box.appendChild(figs);
      (d.warnings || []).forEach(function (w) { box.appendChild(el("p", w, "where")); });
      if (d.fix_first.length) {
        box.appendChild(el("h3", "Fix these first"));
        var ol = el("ol", null, "first");
        d.fix_first.forEach(function (f) { ol.appendChild(findingItem(f)); });
        box.appendChild(ol);
      } else {
        box.appendChild(el("p", "No findings: well done.", "label"));
      }
      if (d.findings.length > d.fix_first.length) {
        var det = el("details"); det.appendChild(el("summary", "All " + d.findings.length + " findings"));
        var ul = el("ul", null, "all");
        d.findings.forEach(function (f) { ul.appendChild(findingItem(f)); });
        det.appendChild(ul); box.appendChild(det);
      }
      if (d.word) {
        var a = el("a", "Download the Word copy with comments", "button");
        a.href = base + "/files/" + d.index + "/annotated.docx";
        box.appendChild(a);
        var t = el("a", "Download the Word copy with the fixes as tracked changes", "button");
        t.href = base + "/files/" + d.index + "/tracked.docx";
        box.appendChild(t);
      }
      docs.appendChild(box);
    });
    results.hidden = false;
  }
})();
