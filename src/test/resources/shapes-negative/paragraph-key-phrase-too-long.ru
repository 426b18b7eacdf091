# shape: tgsh:ParagraphShape
# focus: https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/16/paragraph/5
# message: at most eight words
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX eli:     <http://data.europa.eu/eli/ontology#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>
PREFIX art:     <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/>

# A key phrase that has grown into a sentence: the graph must not copy the treaty's sentences.
DELETE { GRAPH ?g { art:16\/paragraph\/5 tg:keyPhrase ?k } }
INSERT { GRAPH ?g { art:16\/paragraph\/5 tg:keyPhrase "one two three four five six seven eight nine ten"@en } }
WHERE { GRAPH ?g { art:16\/paragraph\/5 tg:keyPhrase ?k } }
