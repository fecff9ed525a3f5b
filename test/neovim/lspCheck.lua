-- Drives the invite-lint language server from a headless Neovim (0.7 or later) with Neovim's own LSP
-- client: opens a template with a bad setting, asks for each feature, writes what came back as JSON to
-- $INVITE_OUT and quits. test/neovim/neovim.test.ts starts it and reads the answers.
local out_path = os.getenv('INVITE_OUT')
local results = { shown = {}, prompts = {}, registrations = {}, answers = {}, errors = {} }

local function finish()
  local file = io.open(out_path, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('INVITE_TEMPLATE')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'invite'
  local client_id = vim.lsp.start_client({
    name = 'invite_lint',
    cmd = { os.getenv('INVITE_NODE'), os.getenv('INVITE_SERVER'), '--stdio' },
    root_dir = os.getenv('INVITE_ROOT'),
    settings = { invite = { limit = 'short' } },
    -- Neovim 0.7 neither declares workspace/configuration nor sends the settings itself (nvim-lspconfig does this).
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    handlers = {
      ['window/showMessage'] = function(_, result)
        table.insert(results.shown, result.message)
      end,
      -- Neovim shows a prompt for this request and waits for an answer: the server must not send it.
      ['window/showMessageRequest'] = function(_, result)
        table.insert(results.prompts, result.message)
        return vim.NIL
      end,
      -- Neovim 0.7 declares no dynamic registration: the server must register nothing.
      ['client/registerCapability'] = function(_, result)
        for _, registration in ipairs(result.registrations) do table.insert(results.registrations, registration.method) end
        return vim.NIL
      end,
    },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(20000, function() return #results.shown > 0 end, 20) then
    table.insert(results.errors, 'no window/showMessage within 20 s')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local capabilities = client.server_capabilities or client.resolved_capabilities or {}
  results.capabilities = vim.tbl_keys(capabilities)
  local document = { uri = vim.uri_from_bufnr(bufnr) }
  local whole = { start = { line = 0, character = 0 }, ['end'] = { line = 100, character = 0 } }
  local requests = {
    diagnostic = { 'textDocument/diagnostic', { textDocument = document } },
    inlayHint = { 'textDocument/inlayHint', { textDocument = document, range = whole } },
    codeLens = { 'textDocument/codeLens', { textDocument = document } },
    documentLink = { 'textDocument/documentLink', { textDocument = document } },
    semanticTokens = { 'textDocument/semanticTokens/full', { textDocument = document } },
  }
  for name, request in pairs(requests) do
    local answers = vim.lsp.buf_request_sync(bufnr, request[1], request[2], 20000) or {}
    local answer = answers[client_id]
    if answer == nil then
      table.insert(results.errors, name .. ': no answer')
    elseif answer.err ~= nil then
      table.insert(results.errors, name .. ': ' .. vim.inspect(answer.err))
    else
      results.answers[name] = answer.result
    end
  end
  -- Give a late second message, if the server sent one, a moment to arrive before counting.
  vim.wait(300)
end)
if not ok then table.insert(results.errors, tostring(failure)) end
finish()
