// The partner map: world-atlas TopoJSON (served by Tre) turned into GeoJSON, coloured with ECharts by the
// number of active relations per country for the viewer's scope; a click opens the partner list of that country.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('partner-map');
  if (!element || !window.echarts || !window.topojson) {
    return;
  }
  Promise.all([
    fetch(element.dataset.geo).then(function (response) { return response.json(); }),
    fetch(element.dataset.counts, { headers: { Accept: 'application/json' } }).then(function (response) { return response.json(); })
  ]).then(function (loaded) {
    var world = loaded[0];
    var countries = loaded[1];
    var byNumeric = {};
    countries.forEach(function (country) { byNumeric[country.numeric] = country; });
    var geo = topojson.feature(world, world.objects.countries);
    // Antarctica holds no partner; rings that cross the antimeridian (Chukotka, Fiji) would be drawn as lines
    // across the whole map on a flat projection, so their western points are moved east of 180°.
    geo.features = geo.features.filter(function (feature) { return feature.id !== '010' && feature.geometry; });
    geo.features.forEach(function (feature) {
      var polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      polygons.forEach(function (polygon) {
        polygon.forEach(function (ring) {
          var east = ring.some(function (p) { return p[0] > 170; });
          var west = ring.some(function (p) { return p[0] < -170; });
          if (east && west) {
            ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } });
          }
        });
      });
    });
    geo.features.forEach(function (feature) {
      var country = byNumeric[feature.id];
      feature.properties = { name: country ? country.code : 'x-' + (feature.id || feature.properties.name) };
    });
    echarts.registerMap('world', geo);
    var max = countries.reduce(function (m, c) { return Math.max(m, c.relations); }, 0);
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var names = {};
    countries.forEach(function (country) { names[country.code] = country.name; });
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: function (params) {
          var name = names[params.name];
          if (!name) { return ''; }
          var value = isNaN(params.value) ? 0 : params.value;
          return name + '<br>' + element.dataset.series + ': ' + value;
        }
      },
      visualMap: {
        min: 1, max: Math.max(max, 1), left: 10, bottom: 10, calculable: false, precision: 0,
        inRange: { color: ['#a8d5b8', '#4f9a6b', '#1b6340'] }, outOfRange: { color: '#eef0ee' },
        text: [String(Math.max(max, 1)), '1']
      },
      series: [{
        type: 'map', map: 'world', roam: true, layoutCenter: ['50%', '50%'], layoutSize: '190%', name: element.dataset.series,
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f0c36d' } },
        itemStyle: { areaColor: '#f3f4f3', borderColor: '#b7c1b7', borderWidth: 0.5 },
        data: countries.map(function (country) { return { name: country.code, value: country.relations }; })
      }]
    });
    chart.on('click', function (params) {
      if (names[params.name]) {
        window.location.href = element.dataset.list + '?country=' + encodeURIComponent(params.name);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.classList.add('loaded');
  });
});
