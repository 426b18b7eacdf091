// The scripted query editor: YASGUI (vendored, served from this server) on this server's endpoint, completing the
// project's prefixes, classes and properties from /editor/terms.json (never an outside service), with the competency
// questions as examples, labels beside IRIs, downloads in every format, and the chart and map views of
// editor-views.js. Without scripts the page's form runs the query on the server instead.
"use strict";

(function () {
  const host = document.getElementById("yasgui");
  if (!host || !window.Yasgui) {
    return;
  }
  const endpoint = new URL(host.dataset.endpoint, location.href).href;
  const formats = JSON.parse(host.dataset.formats);
  const views = window.TreatyGraphViews;
  const labels = new views.Labels(endpoint);

  fetch(host.dataset.terms).then(r => r.json()).then(terms => start(terms));

  /** Completers on the project's own terms, in place of YASQE's remote ones (prefix.cc, LOV). */
  function registerCompleters(terms) {
    const Yasqe = window.Yasgui.Yasqe;
    const local = {bulk: true, autoShow: true, persistenceId: null};
    // A term under the server's base and, on a local run, under the canonical one, which the examples declare.
    const iris = list => list.flatMap(t => t.canonical ? [t.iri, t.canonical] : [t.iri]);
    Yasqe.forkAutocompleter("prefixes", Object.assign({name: "tg-prefixes",
      get: () => Object.entries(terms.prefixes).map(([prefix, namespace]) => prefix + ": <" + namespace + ">")}, local), false);
    Yasqe.forkAutocompleter("property", Object.assign({name: "tg-property",
      get: () => iris(terms.properties)}, local), false);
    Yasqe.forkAutocompleter("class", Object.assign({name: "tg-class",
      get: () => iris(terms.classes)}, local), false);
  }

  function start(terms) {
    registerCompleters(terms);
    const Yasr = window.Yasgui.Yasr;
    Yasr.registerPlugin("chart", views.chartPlugin(labels));
    Yasr.registerPlugin("map", views.mapPlugin(host.dataset.map));
    const declared = ["tg", "tgid", "rdf", "rdfs", "skos", "dcterms", "xsd"]
      .filter(p => terms.prefixes[p]).map(p => "PREFIX " + p + ": <" + terms.prefixes[p] + ">").join("\n");
    const initial = document.getElementById("query").value || declared + "\n\nSELECT * WHERE { ?s ?p ?o } LIMIT 10";
    document.getElementById("plain-editor").hidden = true;
    host.hidden = false;
    const yasgui = new window.Yasgui(host, {
      persistenceId: null,
      populateFromUrl: true,
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: {getData: () => [{endpoint}]},
      requestConfig: {endpoint, method: "POST"},
      yasqe: {value: initial, autocompleters: ["variables", "tg-prefixes", "tg-property", "tg-class"],
        prefixCcApi: null, persistenceId: null},
      yasr: {prefixes: terms.prefixes, pluginOrder: ["table", "chart", "map", "response"], defaultPlugin: "table",
        persistenceId: null}
    });
    const tab = () => yasgui.getTab();
    yasgui.on("query", (instance, current) => {
      // The address bar holds the query: copy it to share it (the page without scripts runs it too).
      history.replaceState(null, "", "?query=" + encodeURIComponent(current.getQuery()));
    });
    // After the tab has handed the response to its results view.
    yasgui.on("queryResponse", (instance, current) => setTimeout(() => showAnswer(current), 0));
    document.querySelectorAll("a.example").forEach(link => link.addEventListener("click", event => {
      event.preventDefault();
      tab().setQuery(new URL(link.href).searchParams.get("query"));
      tab().getYasqe().query();
      host.scrollIntoView();
    }));
    if (new URLSearchParams(location.search).has("query")) {
      tab().getYasqe().query();
    }
  }

  /** After an answer: the labels of its IRIs beside them, and its downloads. */
  function showAnswer(current) {
    const yasr = current.getYasr();
    const iris = [];
    (yasr.results && yasr.results.getBindings ? yasr.results.getBindings() || [] : []).forEach(row =>
      Object.values(row).forEach(term => term && term.type === "uri" && iris.push(term.value)));
    labels.load(iris).then(() => {
      labels.decorate(yasr.resultsEl);
      if (!yasr.labelObserver) {
        // The table draws its rows page by page: label each page as it appears.
        yasr.labelObserver = new MutationObserver(() => labels.decorate(yasr.resultsEl));
        yasr.labelObserver.observe(yasr.resultsEl, {childList: true, subtree: true});
      }
    });
    downloads(current.getYasqe(), yasr);
  }

  function downloads(yasqe, yasr) {
    const panel = document.getElementById("yasgui-downloads");
    const type = yasqe.getQueryType();
    const list = type === "CONSTRUCT" || type === "DESCRIBE" ? formats.graph : formats.results;
    const rows = yasr.results && yasr.results.getBindings ? (yasr.results.getBindings() || []).length : 0;
    panel.replaceChildren();
    const text = document.createElement("p");
    text.append(type === "ASK" ? "The answer" : rows + " row(s), all in the table above (page by page). ",
      "The whole answer from the endpoint, run again in full: ");
    list.forEach(format => {
      const link = document.createElement("a");
      link.className = "download";
      link.href = endpoint + "?query=" + encodeURIComponent(yasqe.getValue()) + "&format=" + format.output;
      link.textContent = format.name;
      text.append(link, " ");
    });
    panel.append(text);
    panel.hidden = false;
  }
})();
