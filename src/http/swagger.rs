//! The interactive API docs at `/swagger`, shipped inside the binary (no internet needed).
//!
//! The assets come from the swagger-ui release archive vendored as a crate; the page itself is
//! ours and loads the document from `ASF/swagger.json` relative to itself, so it also works
//! under a PathBase or behind a reverse proxy.

use std::collections::HashMap;
use std::io::Read;

use bytes::Bytes;

/// The files of swagger-ui's `dist/` that the page uses.
const ASSETS: &[&str] = &[
    "swagger-ui.css",
    "index.css",
    "swagger-ui-bundle.js",
    "swagger-ui-standalone-preset.js",
    "favicon-16x16.png",
    "favicon-32x32.png",
];

const INDEX_HTML: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>ArchiSteamFarm API</title>
  <link rel="stylesheet" href="swagger-ui.css">
  <link rel="stylesheet" href="index.css">
  <link rel="icon" type="image/png" href="favicon-32x32.png" sizes="32x32">
  <link rel="icon" type="image/png" href="favicon-16x16.png" sizes="16x16">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="swagger-ui-bundle.js"></script>
  <script src="swagger-ui-standalone-preset.js"></script>
  <script>
    window.onload = function () {
      window.ui = SwaggerUIBundle({
        url: "ASF/swagger.json",
        dom_id: "#swagger-ui",
        deepLinking: true,
        persistAuthorization: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        plugins: [SwaggerUIBundle.plugins.DownloadUrl],
        layout: "StandaloneLayout"
      });
    };
  </script>
</body>
</html>
"##;

/// Why the vendored swagger-ui archive cannot be unpacked.
#[derive(Debug, thiserror::Error)]
pub enum SwaggerError {
    #[error("{0}")]
    Archive(#[from] zip::result::ZipError),
    #[error("{0}")]
    Read(#[from] std::io::Error),
    #[error("swagger-ui archive lacks {0}")]
    Missing(&'static str),
}

/// The docs page and its assets, keyed by file name (`index.html` for the page).
pub(crate) struct SwaggerUi {
    files: HashMap<&'static str, Bytes>,
}

impl SwaggerUi {
    /// Unpacks the vendored archive.
    pub(crate) fn load() -> Result<Self, SwaggerError> {
        let reader = std::io::Cursor::new(utoipa_swagger_ui_vendored::SWAGGER_UI_VENDORED);
        let mut archive = zip::ZipArchive::new(reader)?;
        let mut files = HashMap::new();
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i)?;
            let name = entry.name()?.into_owned();
            let Some(file) = name.split_once("/dist/").map(|(_, f)| f) else {
                continue;
            };
            let Some(wanted) = ASSETS.iter().find(|a| **a == file) else {
                continue;
            };
            let mut data = Vec::new();
            entry.read_to_end(&mut data)?;
            files.insert(*wanted, Bytes::from(data));
        }
        if let Some(missing) = ASSETS.iter().find(|a| !files.contains_key(**a)) {
            return Err(SwaggerError::Missing(missing));
        }
        files.insert("index.html", Bytes::from_static(INDEX_HTML.as_bytes()));
        Ok(Self { files })
    }

    /// A file by name, with its content type.
    pub(crate) fn get(&self, name: &str) -> Option<(Bytes, &'static str)> {
        let data = self.files.get(name)?.clone();
        let mime = match name.rsplit('.').next() {
            Some("html") => "text/html; charset=utf-8",
            Some("css") => "text/css; charset=utf-8",
            Some("js") => "text/javascript; charset=utf-8",
            Some("png") => "image/png",
            _ => "application/octet-stream",
        };
        Some((data, mime))
    }
}
