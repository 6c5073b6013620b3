window.addEventListener('load', () => {
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#api-reference',
    deepLinking: true,
    // The public validator badge would call a third-party host.
    validatorUrl: null,
    tryItOutEnabled: true,
    persistAuthorization: false,
  });
});
