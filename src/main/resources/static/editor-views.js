// TreatyGraph's result views for YASR (the result half of YASGUI): a chart (on the vendored Chart.js) and a map
// (the server's /map/world.svg, coloured by the States or ISO codes in the answer); and labels beside IRIs.
// Loaded after yasgui.min.js and chart.umd.min.js; editor.js registers these with the page's settings.
"use strict";

window.TreatyGraphViews = (function () {
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|unsignedInt)$/;
  const STATE = /\/id\/state\/([A-Z]{3})$/;

  function variables(yasr) {
    return yasr.results && yasr.results.getVariables ? yasr.results.getVariables() : [];
  }

  function bindings(yasr) {
    return yasr.results && yasr.results.getBindings ? yasr.results.getBindings() || [] : [];
  }

  function isNumber(term) {
    return term && term.type !== "uri" && (NUMERIC.test(term.datatype || "") || /^-?\d+(\.\d+)?$/.test(term.value));
  }

  /** The variables whose every bound value is a number. */
  function numericVariables(yasr) {
    const rows = bindings(yasr);
    return variables(yasr).filter(v => rows.some(r => r[v]) && rows.every(r => !r[v] || isNumber(r[v])));
  }

  function icon(text) {
    const element = document.createElement("span");
    element.textContent = text;
    return element;
  }

  /** Labels of IRIs, fetched from this server's endpoint by a second query, and shown beside the IRIs in results. */
  function Labels(endpoint) {
    const known = new Map();
    const query = iris => "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" +
      "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" +
      "SELECT ?iri (SAMPLE(?l) AS ?label) WHERE { VALUES ?iri { " + iris.map(i => "<" + i + ">").join(" ") +
      " } ?iri rdfs:label|skos:prefLabel ?l . FILTER(lang(?l) = \"\" || langMatches(lang(?l), \"en\")) } GROUP BY ?iri";
    this.label = iri => known.get(iri);
    /** Fetches the labels of the IRIs not yet known, 200 a query. */
    this.load = function (iris) {
      const wanted = [...new Set(iris)].filter(i => !known.has(i) && !/[<>"{}|\\^`\s]/.test(i));
      const batches = [];
      for (let i = 0; i < wanted.length; i += 200) {
        const body = new URLSearchParams({query: query(wanted.slice(i, i + 200))});
        batches.push(fetch(endpoint, {method: "POST", body, headers: {Accept: "application/sparql-results+json"}})
          .then(r => r.ok ? r.json() : {results: {bindings: []}})
          .then(json => json.results.bindings.forEach(b => known.set(b.iri.value, b.label.value))));
      }
      wanted.forEach(i => known.has(i) || known.set(i, null));
      return Promise.all(batches);
    };
    /** Adds a label after each link to an IRI with one, once its label has been looked up. */
    this.decorate = function (root) {
      root.querySelectorAll("a[href]:not([data-labelled])").forEach(link => {
        if (!known.has(link.getAttribute("href"))) {
          return;
        }
        const label = known.get(link.getAttribute("href"));
        link.dataset.labelled = "";
        if (label) {
          const span = document.createElement("span");
          span.className = "iri-label";
          span.textContent = label;
          link.after(span);
        }
      });
    };
  }

  /** The chart view: the first column that is not numeric as the labels, every numeric column as a series. */
  function chartPlugin(labels) {
    return class ChartView {
      constructor(yasr) {
        this.yasr = yasr;
        this.priority = 5;
        this.label = "Chart";
      }
      canHandleResults() {
        return variables(this.yasr).length >= 2 && numericVariables(this.yasr).length > 0;
      }
      getIcon() {
        return icon("▥");
      }
      draw() {
        const numeric = numericVariables(this.yasr);
        const key = variables(this.yasr).find(v => !numeric.includes(v)) || variables(this.yasr)[0];
        const rows = bindings(this.yasr).slice(0, 500);
        const figure = document.createElement("figure");
        figure.className = "result-chart";
        const canvas = document.createElement("canvas");
        figure.append(canvas);
        if (bindings(this.yasr).length > rows.length) {
          const note = document.createElement("figcaption");
          note.textContent = "The chart shows the first 500 of " + bindings(this.yasr).length + " rows; the table has them all.";
          figure.append(note);
        }
        this.yasr.resultsEl.append(figure);
        const name = term => term ? (labels.label(term.value) || term.value) : "";
        this.chart = new window.Chart(canvas, {
          type: "bar",
          data: {
            labels: rows.map(r => name(r[key])),
            datasets: numeric.filter(v => v !== key).map(v => ({label: v, data: rows.map(r => r[v] ? Number(r[v].value) : null)}))
          },
          options: {animation: false, responsive: true}
        });
      }
      destroy() {
        if (this.chart) {
          this.chart.destroy();
        }
      }
    };
  }

  /** The State (ISO 3166-1 alpha-3) a value names: a State's IRI, or a three-letter code. */
  function stateCode(term) {
    if (!term) {
      return null;
    }
    const match = term.type === "uri" ? STATE.exec(term.value) : /^[A-Z]{3}$/.exec(term.value);
    return match ? (match[1] || match[0]) : null;
  }

  /** The map view: the world's States coloured where the answer names them, shaded by its first numeric column. */
  function mapPlugin(mapUrl) {
    return class MapView {
      constructor(yasr) {
        this.yasr = yasr;
        this.priority = 4;
        this.label = "Map";
      }
      canHandleResults() {
        return bindings(this.yasr).some(r => Object.values(r).some(stateCode));
      }
      getIcon() {
        return icon("◍");
      }
      draw() {
        const value = numericVariables(this.yasr)[0];
        const values = new Map();
        bindings(this.yasr).forEach(r => Object.values(r).map(stateCode).filter(Boolean)
          .forEach(code => values.set(code, value && r[value] ? Number(r[value].value) : 1)));
        const max = Math.max(1, ...values.values());
        const figure = document.createElement("figure");
        figure.className = "world-map result-map";
        this.yasr.resultsEl.append(figure);
        return fetch(mapUrl).then(r => r.text()).then(text => {
          const svg = document.importNode(new DOMParser().parseFromString(text, "image/svg+xml").documentElement, true);
          let shown = 0;
          svg.querySelectorAll("path").forEach(path => {
            const code = path.dataset.iso3;
            path.setAttribute("class", values.has(code) ? "hit" : "miss");
            if (values.has(code)) {
              shown++;
              path.style.fillOpacity = String(0.3 + 0.7 * values.get(code) / max);
            }
          });
          const caption = document.createElement("figcaption");
          caption.textContent = shown + " of " + values.size + " States in the answer are on the map" +
            (value ? ", shaded by " + value : "") + "; States too small for the 1:110m shapes are not drawn." +
            " Boundaries shown do not imply endorsement.";
          figure.append(svg, caption);
        });
      }
    };
  }

  return {Labels, chartPlugin, mapPlugin};
})();
