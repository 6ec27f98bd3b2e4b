/* KIP resident view: the map, the date slider and the search. Works from file:// and any web server;
   loads nothing from elsewhere. The data comes from data/site.js (window.KIP_SITE). */
(function () {
  'use strict';

  var site = window.KIP_SITE;
  var body = document.body;
  if (!site || !body) { return; }
  var texts = site.texts;
  var page = body.getAttribute('data-page');
  var focus = body.getAttribute('data-focus');
  var root = body.getAttribute('data-root') || './';
  var COLOURS = { none: '#9e9e9e', low: '#f2b600', medium: '#e66100', high: '#c0001a' };

  function normalise(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function overlaps(props, start, end) {
    return props.start <= end && props.end >= start;
  }

  function eventStyle(feature) {
    var p = feature.properties;
    return {
      color: p.combined ? '#4b2991' : '#333333',
      weight: p.combined ? 3 : 1.5,
      dashArray: p.combined ? '6 4' : null,
      fillColor: COLOURS[p.disruption] || COLOURS.none,
      fillOpacity: 0.75,
      className: 'kip-event' + (p.combined ? ' kip-combined' : '')
    };
  }

  function popupHtml(p) {
    var html = '<div class="popup"><p class="popup-title">' + escapeHtml(p.title) + '</p>';
    if (p.combined) { html += '<p class="note">' + escapeHtml(p.note) + '</p>'; }
    html += '<p>' + escapeHtml(p.when) + '<br>' + escapeHtml(p.who) + '<br>' + escapeHtml(p.expect.join('; ')) + '</p>';
    if (p.contact) { html += '<p>' + escapeHtml(p.contact) + '</p>'; }
    if (p.streets.length) {
      html += '<p><a href="' + root + 'streets/' + encodeURIComponent(p.streets[0]) + '.html">' +
        escapeHtml(texts.more) + '</a></p>';
    }
    return html + '</div>';
  }

  // ---- the map ------------------------------------------------------------------------

  var mapElement = document.getElementById('map');
  if (!mapElement || !window.L) { return; }
  var map = L.map(mapElement, {
    zoomSnap: 0.25, keyboard: true, attributionControl: false, zoomControl: false, minZoom: 9, maxZoom: 19
  });
  // The zoom buttons speak the page's language (their title and aria-label).
  L.control.zoom({ zoomInTitle: texts.zoom_in, zoomOutTitle: texts.zoom_out }).addTo(map);

  var focusArea = page === 'area' ? focus : null;
  var focusStreet = page === 'street' ? focus : null;

  var areas = L.geoJSON(site.areas, {
    interactive: false,
    style: function (f) {
      var mine = f.properties.slug === focusArea;
      return { color: mine ? '#1a1a1a' : '#8c8c8c', weight: mine ? 3 : 1, fill: true,
               fillColor: '#ffffff', fillOpacity: mine ? 0.6 : 0.25, className: 'kip-area' };
    }
  }).addTo(map);

  var streets = L.geoJSON(site.streets, {
    interactive: false,
    style: function (f) {
      var mine = f.properties.slug === focusStreet;
      return { color: mine ? '#0b3d91' : '#6e6e6e', weight: mine ? 7 : 1.5, opacity: mine ? 0.9 : 0.8,
               className: mine ? 'kip-street kip-focus' : 'kip-street' };
    }
  }).addTo(map);

  function onPage(feature) {
    var p = feature.properties;
    if (focusStreet) { return p.streets.indexOf(focusStreet) >= 0; }
    if (focusArea) { return p.areas.indexOf(focusArea) >= 0; }
    return true;
  }

  // Each event: its area, and a dot at its centre that keeps small works visible when zoomed out.
  var eventLayers = {};
  var shown = L.featureGroup().addTo(map);
  site.events.features.filter(onPage).forEach(function (feature) {
    var area = L.geoJSON(feature, { style: eventStyle });
    var style = eventStyle(feature);
    var dot = L.circleMarker(area.getBounds().getCenter(), {
      radius: 7, color: style.color, weight: feature.properties.combined ? 3 : 1.5, fillColor: style.fillColor, fillOpacity: 0.9,
      className: 'kip-marker'
    });
    var group = L.featureGroup([area, dot]).bindPopup(popupHtml(feature.properties), { maxWidth: 320 });
    group.feature = feature;
    eventLayers[feature.properties.k] = group;
  });
  map.on('zoomend', function () { mapElement.classList.toggle('kip-near', map.getZoom() >= 15); });

  var highlight = L.layerGroup().addTo(map);

  function fit(bounds) {
    if (bounds && bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 }); }
  }

  function initialBounds() {
    var bounds = L.latLngBounds([]);
    if (focusStreet) {
      streets.eachLayer(function (l) { if (l.feature.properties.slug === focusStreet) { bounds.extend(l.getBounds()); } });
    } else if (focusArea) {
      areas.eachLayer(function (l) { if (l.feature.properties.slug === focusArea) { bounds.extend(l.getBounds()); } });
    }
    // The works themselves first: residents look for what happens, not for the municipality's outline.
    Object.keys(eventLayers).forEach(function (k) { bounds.extend(eventLayers[k].getBounds()); });
    if (!bounds.isValid()) { bounds = areas.getBounds(); }
    if (!bounds.isValid()) { bounds = streets.getBounds(); }
    return bounds;
  }

  // ---- the list and the date slider ---------------------------------------------------------

  var items = Array.prototype.slice.call(document.querySelectorAll('li.event'));
  items.forEach(function (item) {
    var k = item.getAttribute('data-k');
    if (!eventLayers[k]) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'show';
    button.textContent = texts.show;
    button.setAttribute('aria-describedby', 'event-' + k);
    button.addEventListener('click', function () {
      var layer = eventLayers[k];
      fit(layer.getBounds());
      layer.openPopup();
      mapElement.scrollIntoView({ block: 'nearest' });
    });
    item.appendChild(button);
  });

  var slider = document.getElementById('when');
  var sliderText = document.getElementById('when-text');
  var count = document.getElementById('count');

  function filter() {
    var index = slider ? parseInt(slider.value, 10) : 0;
    var month = index > 0 ? site.months[index - 1] : null;
    var start = month ? month.start : site.start;
    var end = month ? month.end : site.end;
    var label = month ? month.label : texts.whole_period;
    var visible = 0;
    Object.keys(eventLayers).forEach(function (k) {
      var layer = eventLayers[k];
      if (overlaps(layer.feature.properties, start, end)) {
        visible += 1;
        if (!shown.hasLayer(layer)) { shown.addLayer(layer); }
      } else if (shown.hasLayer(layer)) {
        shown.removeLayer(layer);
      }
    });
    items.forEach(function (item) {
      var props = { start: item.getAttribute('data-start'), end: item.getAttribute('data-end') };
      item.hidden = !overlaps(props, start, end);
    });
    if (slider) {
      slider.setAttribute('aria-valuetext', label);
      sliderText.textContent = label;
    }
    if (count) {
      count.textContent = visible === 0 ? texts.count_none : visible === 1 ? texts.count_one : format(texts.count, { n: visible });
    }
  }

  if (slider) { slider.addEventListener('input', filter); }
  filter();
  fit(initialBounds());

  // ---- the search ---------------------------------------------------------------------------

  var form = document.getElementById('search-form');
  var input = document.getElementById('search');
  var results = document.getElementById('search-results');
  var options = document.getElementById('places');

  if (options) {
    var seen = {};
    site.places.forEach(function (place) {
      if (seen[place.label]) { return; }
      seen[place.label] = true;
      var option = document.createElement('option');
      option.value = place.label;
      options.appendChild(option);
    });
  }

  function placeBounds(place) {
    var group = place.kind === 'street' ? streets : areas;
    var bounds = L.latLngBounds([]);
    group.eachLayer(function (l) { if (l.feature.properties.slug === place.slug) { bounds.extend(l.getBounds()); } });
    return bounds;
  }

  function showPlace(place) {
    highlight.clearLayers();
    var group = place.kind === 'street' ? streets : areas;
    group.eachLayer(function (l) {
      if (l.feature.properties.slug === place.slug) {
        highlight.addLayer(L.geoJSON(l.feature, {
          interactive: false,
          style: { color: '#0b3d91', weight: place.kind === 'street' ? 8 : 4, opacity: 0.8, fill: false,
                   className: 'kip-found' }
        }));
      }
    });
    fit(placeBounds(place));
  }

  function search(query) {
    var wanted = normalise(query);
    if (!wanted) { return []; }
    var exact = [], starts = [], contains = [];
    site.places.forEach(function (place) {
      var label = normalise(place.label);
      if (label === wanted) { exact.push(place); }
      else if (label.indexOf(wanted) === 0) { starts.push(place); }
      else if (label.indexOf(wanted) > 0) { contains.push(place); }
    });
    // Streets and neighbourhoods with works first, then by name.
    function order(a, b) {
      if (a.works !== b.works) { return a.works ? -1 : 1; }
      return a.label.localeCompare(b.label, site.language);
    }
    return exact.sort(order).concat(starts.sort(order), contains.sort(order)).slice(0, 12);
  }

  if (form && input && results) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var found = search(input.value);
      results.innerHTML = '';
      if (!found.length) {
        results.textContent = format(texts.not_found, { query: input.value });
        highlight.clearLayers();
        return;
      }
      var heading = document.createElement('p');
      heading.textContent = texts.found;
      results.appendChild(heading);
      var list = document.createElement('ul');
      list.className = 'found';
      found.forEach(function (place) {
        var item = document.createElement('li');
        var kind = place.kind === 'street' ? texts.street : texts.area;
        if (place.works) {
          var link = document.createElement('a');
          link.href = root + (place.kind === 'street' ? 'streets/' : 'areas/') + encodeURIComponent(place.slug) + '.html';
          link.textContent = place.label;
          item.appendChild(link);
          item.appendChild(document.createTextNode(' (' + kind + ')'));
        } else {
          item.textContent = format(texts.no_works_in, { place: place.label });
        }
        list.appendChild(item);
      });
      results.appendChild(list);
      showPlace(found[0]);
    });
  }
}());
