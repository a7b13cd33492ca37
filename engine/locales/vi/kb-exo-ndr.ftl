exo-4-3-2-recipient-thread-limit = Hộp thư người nhận đang bị điều tiết: quá nhiều thư đến cùng lúc
    .cause = Store driver của Exchange giới hạn số thư được chuyển đồng thời vào một hộp thư, để một hộp thư bận không làm chậm những người dùng khác trên cùng database. Khi một hộp thư nhận một đợt thư dồn dập, các lần chuyển tiếp theo bị hoãn với 432 4.3.2 và được thử lại tự động.
    .fix-1 = Thường không cần làm gì: đây là hành vi theo thiết kế, máy chủ gửi sẽ thử lại và thư được chuyển khi đợt cao điểm qua đi.
    .fix-2 = Nếu lặp lại thường xuyên với một hộp thư, hãy tìm nguồn gây ra bằng message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) — thường là một ứng dụng, hệ thống thông báo hoặc vòng lặp thư — rồi giảm tốc độ hoặc sửa nó.

exo-4-4-7-ambiguous-recipient = Exchange Online tìm thấy nhiều hơn một đối tượng thư mục cho người nhận
    .cause = Việc tra cứu người nhận trả về AmbiguousRecipientTransientException: cùng một địa chỉ SMTP hoặc proxy nằm trên nhiều đối tượng (ví dụ một hộp thư và một người dùng thư (MailUser) hoặc liên hệ), thường sau khi di chuyển hoặc xung đột đồng bộ thư mục. Exchange Online coi đây là lỗi tạm thời, tiếp tục thử lại và cuối cùng hủy thư với 4.4.7.
    .fix-1 = Tìm mọi đối tượng đang giữ địa chỉ đó: Get-Recipient -ResultSize Unlimited | Where-Object EmailAddresses -match '<address>' | Format-List Name,RecipientTypeDetails,EmailAddresses.
    .fix-2 = Xóa địa chỉ trùng (hoặc đối tượng cũ) để chỉ một người nhận sở hữu nó; trong môi trường hybrid hãy sửa trong Active Directory on-premises và để Entra Connect đồng bộ.
    .fix-3 = Gửi lại thư sau khi thay đổi đã được sao chép.

exo-4-4-312-dns-query-failed = Exchange Online không phân giải được máy chủ đích (DNS query failed)
    .cause = Exchange Online tra cứu bản ghi MX hoặc smart host của connector và truy vấn DNS thất bại (ví dụ InfoNoRecords: không có bản ghi dùng được). Nguyên nhân phổ biến là sự cố ở nhà cung cấp DNS của tên miền, tên miền đã hết hạn, hoặc thay đổi MX gần đây vẫn còn trong cache. Thư được giữ trong hàng đợi và thử lại trong 24 giờ.
    .fix-1 = Tự phân giải tên từ bên ngoài mạng của bạn: Resolve-DnsName <domain> -Type MX (hoặc tên smart host trên outbound connector, Get-OutboundConnector | Format-List Name,SmartHosts).
    .fix-2 = Sửa bản ghi với nhà cung cấp DNS hoặc gia hạn tên miền nếu đã hết hạn.
    .fix-3 = Nếu đích thuộc về đối tác hoặc nhà cung cấp đám mây, gửi NDR cho họ để họ sửa DNS.

exo-5-4-312-expired-dns-query-failed = Thư hết hạn vì không phân giải được tên DNS của máy chủ đích
    .cause = Đây là dạng cuối cùng của 4.4.312: Exchange Online đã thử tra cứu DNS bản ghi MX hoặc smart host trong 24 giờ mà không thành công và trả thư về. Nguyên nhân là sự cố DNS của tên miền đích, không phải bản thân thư.
    .fix-1 = Kiểm tra bản ghi của đích từ bên ngoài: Resolve-DnsName <domain> -Type MX, và tên smart host trên outbound connector của bạn.
    .fix-2 = Sửa bản ghi DNS (hoặc gia hạn tên miền đã hết hạn) rồi gửi lại thư.

exo-4-4-315-connection-timed-out = Exchange Online không kết nối được tới máy chủ đích (connection timed out)
    .cause = Exchange Online tìm thấy đích nhưng không nhận được phản hồi trên TCP 25 kịp thời. Thường do máy chủ on-premises hoặc của đối tác ngừng hoạt động, firewall âm thầm chặn lưu lượng, hoặc smart host của connector trỏ tới IP sai hoặc cũ.
    .fix-1 = Kiểm tra smart host trên outbound connector (Get-OutboundConnector | Format-List Name,SmartHosts,Enabled) và xác nhận nó phân giải ra IP công cộng hiện tại của máy chủ thư.
    .fix-2 = Đảm bảo máy chủ đang chạy và nhận kết nối TCP 25 từ dải IP của Exchange Online (kiểm tra từ bên ngoài bằng Test-NetConnection <host> -Port 25).
    .fix-3 = Dùng chức năng Validate của connector trong Exchange admin center (Mail flow > Connectors) để xác nhận việc chuyển thư đã hoạt động lại.

exo-4-4-316-connection-refused = Máy chủ đích từ chối kết nối từ Exchange Online (Socket error 10061)
    .cause = Exchange Online tới được IP đích nhưng cổng TCP 25 chủ động từ chối — thường do firewall không cho phép IP của Microsoft 365, dịch vụ SMTP đã dừng, hoặc máy chủ on-premises đã gỡ bỏ trong khi outbound connector vẫn trỏ tới nó. Thư được thử lại trong 24 giờ rồi trả về với 5.4.316.
    .fix-1 = Nếu vẫn còn hộp thư on-premises, cho phép TCP 25 đến từ dải IP của Exchange Online (Microsoft 365 URLs and IP address ranges) trên firewall và kiểm tra dịch vụ SMTP/transport đang chạy.
    .fix-2 = Nếu máy chủ on-premises không còn, vô hiệu hóa hoặc xóa outbound connector tới nó (Set-OutboundConnector <name> -Enabled $false) và đổi accepted domain từ Internal Relay sang Authoritative (Set-AcceptedDomain <domain> -DomainType Authoritative).
    .fix-3 = Nếu đích là đối tác, gửi cho họ NDR kèm địa chỉ IP được nêu.

exo-5-4-316-expired-connection-refused = Thư hết hạn vì máy chủ đích liên tục từ chối kết nối
    .cause = Đây là dạng cuối cùng của 4.4.316: trong 24 giờ mọi kết nối từ Exchange Online tới đích qua TCP 25 đều bị từ chối nên thư bị trả về. Vấn đề nằm ở firewall hoặc dịch vụ SMTP của đích, hoặc connector trỏ tới một máy chủ không còn tồn tại.
    .fix-1 = Cho phép TCP 25 từ dải IP của Exchange Online trên firewall của đích và đảm bảo dịch vụ SMTP đang chạy.
    .fix-2 = Nếu máy chủ on-premises đã ngừng sử dụng, vô hiệu hóa outbound connector và đặt accepted domain thành Authoritative, rồi gửi lại.

exo-4-4-317-untrusted-root = Không xác thực được chuỗi chứng chỉ TLS của máy chủ từ xa (UntrustedRoot)
    .cause = Trong quá trình bắt tay TLS, máy chủ thư từ xa chỉ gửi chứng chỉ của chính nó (leaf) mà không kèm các chứng chỉ CA trung gian, nên Exchange Online không dựng được chuỗi tới một root tin cậy. Exchange Online không tự tải chứng chỉ trung gian còn thiếu nên từ chối phiên; điều tương tự xảy ra khi máy chủ từ xa gửi tới Exchange Online.
    .fix-1 = Trên máy chủ thư từ xa, cấu hình TLS gửi đầy đủ chuỗi chứng chỉ (chứng chỉ máy chủ rồi tới các chứng chỉ CA trung gian). Trên Windows/Exchange, cài chứng chỉ trung gian vào kho Intermediate Certification Authorities của máy tính; trên Postfix, đặt cả chuỗi vào tệp được chỉ định bởi smtpd_tls_chain_files hoặc smtpd_tls_cert_file.
    .fix-2 = Kiểm tra từ bên ngoài: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts phải liệt kê các chứng chỉ trung gian, không chỉ chứng chỉ máy chủ.
    .fix-3 = Nếu máy chủ từ xa thuộc tổ chức khác, gửi NDR cho quản trị viên của họ; chỉ họ mới sửa được chuỗi chứng chỉ.

exo-4-4-317-illegal-message = Bắt tay TLS với máy chủ on-premises thất bại (Security status IllegalMessage)
    .cause = Exchange Online đã kết nối tới máy chủ của bạn nhưng bắt tay TLS thất bại và phía bạn báo SEC_E_ILLEGAL_MESSAGE. Điều này thường có nghĩa hai bên không có phiên bản giao thức hoặc cipher suite chung — ví dụ máy chủ on-premises đã tắt TLS 1.2 hoặc chỉ bật cipher yếu — hoặc chứng chỉ được chọn cho connector không dùng được.
    .fix-1 = Trên các máy chủ Exchange on-premises, bật TLS 1.2 cho SCHANNEL (DisabledByDefault = 0, Enabled = 1 dưới TLS 1.2\Client và TLS 1.2\Server) và các khóa .NET SystemDefaultTlsVersions = 1, SchUseStrongCrypto = 1; khởi động lại máy chủ.
    .fix-2 = Kiểm tra System event log tìm sự kiện Schannel 36874 / 36888 vào thời điểm lỗi; chúng xác nhận sự không khớp về giao thức hoặc cipher.
    .fix-3 = Kiểm tra chứng chỉ dùng cho SMTP: Get-ExchangeCertificate | Format-List Thumbprint,Services,NotAfter,Subject — chứng chỉ phải còn hiệu lực, có private key và được bật cho SMTP.

exo-4-4-317-starttls-required = Exchange Online không khởi động được TLS với máy chủ của bạn (451 5.7.3 STARTTLS is required to send mail)
    .cause = Connector của Exchange Online tới máy chủ on-premises (hoặc của đối tác) bắt buộc TLS, nhưng phiên không mã hóa được. Thường gặp nhất là máy chủ của bạn hoàn toàn không cung cấp STARTTLS: sau khi chứng chỉ được gia hạn hoặc gỡ bỏ, TlsCertificateName của receive connector vẫn trỏ tới chứng chỉ cũ (sự kiện 12014 trên máy chủ đó), nên EHLO không còn liệt kê STARTTLS. Ít gặp hơn là chính việc bắt tay TLS thất bại, ví dụ máy chủ của bạn không tin cậy chuỗi chứng chỉ mà Exchange Online trình ra.
    .fix-1 = Trên máy chủ nhận, kiểm tra EHLO có liệt kê 250-STARTTLS (telnet <server> 25) và tìm sự kiện 12014 trong Application log. Trên máy chủ Postfix, STARTTLS cần smtpd_tls_security_level = may và một chứng chỉ trong smtpd_tls_chain_files (hoặc smtpd_tls_cert_file và smtpd_tls_key_file).
    .fix-2 = Bật chứng chỉ hiện tại cho SMTP (Enable-ExchangeCertificate <thumbprint> -Services SMTP), rồi xóa hoặc sửa chứng chỉ của connector: Get-ReceiveConnector "<server>\Default Frontend <server>" | Set-ReceiveConnector -TlsCertificateName $null, và chạy lại Hybrid Configuration Wizard (hoặc đặt -TlsCertificateName "<I>issuer<S>subject" của chứng chỉ mới).
    .fix-3 = Nếu STARTTLS có được cung cấp, kiểm tra chứng chỉ DigiCert Global Root G2 có trong kho Trusted Root Certification Authorities của máy chủ và chứng chỉ còn hợp lệ; sau đó để các thư trong hàng đợi được gửi lại.

exo-4-4-317-winsock-connect-failed = Exchange Online không mở được kết nối tới máy chủ đích (lỗi Winsock)
    .cause = Kết nối TCP tới đích thất bại ở tầng mạng trước khi có bất kỳ trao đổi SMTP hay TLS nào (mã lỗi Winsock cho biết cách thức; 995 nghĩa là nỗ lực kết nối bị hủy). Máy chủ đích, firewall của nó hoặc đường truyền tới nó không hoạt động. Exchange Online tiếp tục thử lại rồi hủy thư với 5.4.317.
    .fix-1 = Kiểm tra host hoặc IP trong LastAttemptedServerName / LastAttemptedIP là đúng đích và truy cập được qua TCP 25 từ internet.
    .fix-2 = Tìm các quy tắc firewall, IPS hoặc load balancer đang chặn hoặc reset kết nối từ dải IP của Microsoft 365.
    .fix-3 = Nếu đích là đối tác, gửi cho họ NDR kèm địa chỉ IP và thời điểm thử.

exo-4-4-317-cannot-connect = Exchange Online đã kết nối nhưng máy chủ đích không chấp nhận phiên
    .cause = Exchange Online tới được máy chủ đích, nhưng nó trả lời ngay bằng một lỗi (ví dụ service not available) hoặc không đáp ứng yêu cầu của connector — thường gặp nhất là outbound connector yêu cầu TLS còn đích không cung cấp hoặc không hoàn tất TLS. Phần [Message=…] trong lỗi cho biết lý do thực sự.
    .fix-1 = Đọc phần [Message=…] trong NDR hoặc message trace; đó là câu trả lời của máy chủ đích.
    .fix-2 = So sánh cài đặt TLS của connector với khả năng của đích: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts.
    .fix-3 = Trên máy chủ on-premises, kiểm tra STARTTLS được quảng bá với chứng chỉ hợp lệ đã bật cho SMTP (Get-ExchangeCertificate) và receive connector không từ chối Exchange Online.

exo-5-4-317-expired-cannot-connect = Thư hết hạn vì không bao giờ thiết lập được phiên với máy chủ đích
    .cause = Đây là dạng cuối cùng của 4.4.317: trong 24 giờ Exchange Online không hoàn tất được phiên với máy chủ đích (kết nối bị hủy, lỗi SMTP ngay lập tức hoặc không đáp ứng yêu cầu TLS) nên đã trả thư về. Văn bản trong ngoặc đơn nhắc lại lỗi cuối cùng.
    .fix-1 = Dùng văn bản trong ngoặc (ví dụ lỗi Winsock hoặc thông báo TLS) để xác định đây là sự cố mạng hay sự cố TLS ở đích.
    .fix-2 = Sửa phía đích (firewall, dịch vụ SMTP, chứng chỉ TLS hoặc cài đặt TLS của connector) rồi gửi lại thư.

exo-4-4-318-connection-closed-abruptly = Kết nối tới máy chủ đích bị ngắt giữa phiên SMTP
    .cause = Exchange Online đã bắt đầu giao tiếp với đích nhưng kết nối bị đóng bất ngờ. Nguyên nhân điển hình là firewall có kiểm tra SMTP làm hỏng phiên, máy chủ on-premises bị treo hoặc cạn tài nguyên, hoặc sự cố mạng giữa hai bên.
    .fix-1 = Tắt tính năng SMTP packet inspection / SMTP fixup trên firewall phía trước máy chủ thư (ví dụ Cisco ESMTP inspection).
    .fix-2 = Kiểm tra tình trạng máy chủ on-premises: dịch vụ transport, back pressure (sự kiện 15004/15006), dung lượng đĩa và bộ nhớ.
    .fix-3 = Nếu vấn đề nằm trên đường mạng, nhờ đội mạng theo dõi các kết nối từ dải IP của Exchange Online.

exo-5-4-318-expired-connection-closed-abruptly = Thư hết hạn vì kết nối tới máy chủ đích liên tục bị ngắt
    .cause = Đây là dạng cuối cùng của 4.4.318: cho tới khi hết thời gian thử lại, mọi phiên mà Exchange Online mở tới máy chủ đích đều bị đóng trước khi kịp chuyển thư, nên thư bị trả về. Vấn đề nằm ở phía đích hoặc trên đường mạng tới đó — thường là firewall có kiểm tra SMTP, máy chủ thư bị treo hoặc quá tải, hoặc mạng không ổn định.
    .fix-1 = Tắt tính năng SMTP packet inspection / SMTP fixup trên firewall phía trước máy chủ thư đích (ví dụ Cisco ESMTP inspection).
    .fix-2 = Kiểm tra tình trạng máy chủ đích (dịch vụ transport, back pressure — sự kiện 15004/15006, dung lượng đĩa và bộ nhớ), rồi gửi lại thư.

exo-4-7-320-certificate-validation-failed = Exchange Online từ chối chứng chỉ của máy chủ đích
    .cause = Connector tới máy chủ của bạn hoặc đối tác xác thực chứng chỉ TLS của đích và việc kiểm tra thất bại: chứng chỉ đã hết hạn, subject/SAN không khớp với tên connector mong đợi, hoặc không còn hợp lệ vì lý do khác.
    .fix-1 = Kiểm tra chứng chỉ trên máy chủ đích: Get-ExchangeCertificate | Format-List Subject,CertificateDomains,NotAfter,Services (gia hạn nếu hết hạn và bật cho SMTP). Trên máy chủ Postfix, đọc chứng chỉ mà nó đưa ra: openssl x509 -noout -subject -dates -ext subjectAltName -in <tệp trong smtpd_tls_chain_files hoặc smtpd_tls_cert_file>.
    .fix-2 = Đảm bảo tên mà connector mong đợi khớp với chứng chỉ: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain; sửa bằng Set-OutboundConnector <name> -TlsDomain <name-on-certificate>.
    .fix-3 = Nếu đích là đối tác, gửi NDR cho họ để họ thay chứng chỉ.

exo-dane-starttls-not-supported = DANE: máy chủ thư đích không cung cấp TLS
    .cause = Tên miền người nhận công bố bản ghi DANE (TLSA) được ký DNSSEC, nên Exchange Online phải dùng TLS để chuyển thư. Máy chủ đích không quảng bá STARTTLS hoặc bắt tay TLS thất bại, vì vậy thư không được gửi dưới dạng văn bản rõ. 4.7.321 là dạng thử lại, 5.7.321 là thất bại cuối cùng.
    .fix-1 = Trên máy chủ đích, đảm bảo STARTTLS được quảng bá và bắt tay hoạt động: openssl s_client -connect <mx-host>:25 -starttls smtp.
    .fix-2 = Nếu tên miền người nhận thuộc người khác, chuyển NDR cho họ; nếu là của bạn, sửa TLS trên MX host hoặc gỡ bản ghi TLSA cho đến khi TLS hoạt động.

exo-dane-certificate-expired = DANE: chứng chỉ của máy chủ thư đích đã hết hạn
    .cause = Tên miền người nhận dùng DANE và chứng chỉ do MX host đưa ra đã quá hạn, nên Exchange Online từ chối chuyển thư. 4.7.322 là dạng thử lại, 5.7.322 là thất bại cuối cùng.
    .fix-1 = Gia hạn chứng chỉ trên MX host đích.
    .fix-2 = Trước khi chuyển sang chứng chỉ mới, công bố bản ghi TLSA khớp với nó (và giữ bản ghi cũ cho đến khi chuyển xong) để xác thực DANE không bao giờ thất bại.

exo-dane-tlsa-invalid = DANE: chứng chỉ của máy chủ đích không khớp với bản ghi TLSA
    .cause = Bản ghi TLSA được ký DNSSEC của tên miền người nhận không khớp với chứng chỉ mà MX host đưa ra — chứng chỉ đã được thay mà không cập nhật TLSA, bản ghi TLSA sai, chứng chỉ chưa có hiệu lực, hoặc kết nối đang bị can thiệp. 4.7.323 là dạng thử lại, 5.7.323 là thất bại cuối cùng.
    .fix-1 = So sánh bản ghi TLSA (dig +dnssec TLSA _25._tcp.<mx-host>) với chứng chỉ máy chủ đưa ra (openssl s_client -connect <mx-host>:25 -starttls smtp).
    .fix-2 = Công bố bản ghi TLSA khớp với chứng chỉ hoặc khóa hiện tại, chờ TTL cũ hết hạn rồi gửi lại.

exo-dane-dnssec-invalid = DANE: bản ghi DNSSEC của tên miền đích không xác thực được
    .cause = Tên miền người nhận cho biết nó được ký DNSSEC nhưng Exchange Online không xác thực được chữ ký (ví dụ bản ghi DS tại nhà đăng ký không khớp với khóa của zone, hoặc chữ ký đã hết hạn). Không có DNSSEC hợp lệ thì không kiểm tra được DANE và việc chuyển thư dừng lại. 4.7.324 là dạng thử lại, 5.7.324 là thất bại cuối cùng.
    .fix-1 = Kiểm tra chuỗi tin cậy bằng công cụ phân tích DNSSEC hoặc dig +dnssec <domain> MX và so sánh bản ghi DS tại nhà đăng ký với DNSKEY của zone.
    .fix-2 = Sửa hoặc ký lại zone (hoặc xóa bản ghi DS tại nhà đăng ký để tắt DNSSEC đúng cách), rồi gửi lại.

exo-dane-certificate-host-mismatch = DANE: tên trong chứng chỉ của đích không khớp với MX host
    .cause = Với DANE, Exchange Online yêu cầu chứng chỉ của đích có common name hoặc subject alternative name khớp với tên miền người nhận hoặc tên MX host. Chứng chỉ được đưa ra lại mang tên khác. 4.7.325 là dạng thử lại, 5.7.325 là thất bại cuối cùng.
    .fix-1 = Kiểm tra các tên trong chứng chỉ: openssl s_client -connect <mx-host>:25 -starttls smtp, rồi xem subject và subject alternative names.
    .fix-2 = Cài chứng chỉ có CN hoặc SAN chứa tên MX host (hoặc trỏ MX tới một tên mà chứng chỉ bao phủ), rồi gửi lại.

exo-mta-sts-mx-not-in-policy = MTA-STS: chính sách của tên miền người nhận không liệt kê MX host mà Exchange Online tìm thấy
    .cause = Tên miền người nhận công bố chính sách MTA-STS, và Exchange Online kiểm tra mọi thư gửi tới đó theo chính sách này. MX host mà nó tra được trong DNS không khớp với dòng mx: nào của chính sách, nên ở mode: enforce nó từ chối chuyển thư. Thường là tên miền đã chuyển hệ thống thư (bản ghi MX mới, nhà cung cấp hoặc gateway mới) mà không cập nhật chính sách, hoặc chính sách viết sai hay dùng mẫu không bao phủ host đó (*.example.net chỉ thay cho đúng một nhãn thêm ở bên trái). 4.4.8 là dạng thử lại, 5.4.8 là thất bại cuối cùng.
    .fix-1 = So sánh hai phía: Resolve-DnsName <domain> -Type MX liệt kê các MX host, còn https://mta-sts.<domain>/.well-known/mta-sts.txt chứa chính sách; mỗi MX host phải khớp với một dòng mx: trong đó.
    .fix-2 = Nếu tên miền là của bạn, thêm MX host còn thiếu (hoặc sửa mẫu) trong mta-sts.txt, rồi đổi giá trị id= của bản ghi TXT _mta-sts.<domain> để bên gửi tải chính sách mới thay vì dùng bản đã lưu đệm tới max_age giây. Khi chuyển bản ghi MX, hãy liệt kê cả host cũ lẫn host mới trong chính sách trước khi chuyển.
    .fix-3 = Nếu chưa sửa ngay được, tạm đặt mode: testing và đổi id trong bản ghi TXT: bên gửi sẽ vẫn chuyển thư dù không khớp và chỉ báo cáo lỗi.
    .fix-4 = Nếu tên miền thuộc người khác, chỉ quản trị viên của họ mới sửa được: gửi cho họ NDR và những gì bạn kiểm tra được, rồi gửi lại thư sau khi chính sách đã được sửa.

exo-mta-sts-certificate-invalid = MTA-STS: chứng chỉ của máy chủ thư đích không vượt qua kiểm tra
    .cause = Chính sách MTA-STS của tên miền người nhận yêu cầu các MX host đưa ra chứng chỉ đáng tin cậy, nhưng chứng chỉ được đưa ra sau STARTTLS không qua được kiểm tra của Exchange Online: nó không nối chuỗi tới một CA gốc đáng tin cậy (tự ký, do CA nội bộ cấp, hoặc được gửi thiếu chứng chỉ trung gian), common name và subject alternative name của nó không chứa tên MX host mà chính sách cho phép, hoặc nó đã hết hạn. Ở mode: enforce thư không được gửi. Phần văn bản sau Reason: cho biết bước kiểm tra nào thất bại. 4.7.5 là dạng thử lại, 5.7.5 là thất bại cuối cùng.
    .fix-1 = Xem chứng chỉ mà MX host đưa ra: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts, rồi kiểm tra bên cấp (issuer), ngày hết hạn (notAfter) và subject alternative names có chứa <mx-host> hay không.
    .fix-2 = Trên máy chủ đích, cài chứng chỉ của một CA công cộng có SAN bao phủ tên MX host, gia hạn nếu đã hết hạn, và cấu hình máy chủ gửi đầy đủ chuỗi (chứng chỉ máy chủ, sau đó là các chứng chỉ trung gian).
    .fix-3 = Nếu tên miền thuộc người khác, gửi NDR cho quản trị viên của họ; chỉ họ mới thay được chứng chỉ. Nếu tên miền là của bạn và việc sửa mất thời gian, đặt chính sách sang mode: testing và đổi id trong bản ghi TXT _mta-sts để bên gửi chuyển thư lại trong lúc chờ.

exo-4-5-3-too-many-recipients = Máy chủ nhận giới hạn số người nhận trong mỗi lần chuyển thư
    .cause = Máy chủ nhận từ chối các lệnh RCPT TO còn lại vì một giao dịch SMTP mang nhiều người nhận hơn mức nó chấp nhận. Exchange Online chấp nhận tối đa 200 người nhận envelope từ cùng một tên miền trong một giao dịch; các máy chủ khác có giới hạn riêng.
    .fix-1 = Cấu hình máy chủ gửi chia danh sách người nhận lớn thành các giao dịch nhỏ hơn (chunking); một MTA tuân thủ chuẩn sẽ tự thử lại các người nhận bị hoãn trong giao dịch mới.
    .fix-2 = Với máy gửi Postfix, giảm smtp_destination_recipient_limit (ví dụ xuống 100) cho đích bị ảnh hưởng.
    .fix-3 = Với thư gửi hàng loạt, gửi cho ít người nhận hơn trong mỗi thư thay vì một thư với danh sách rất dài.

exo-4-7-26-ipv6-spf-dkim = Thư gửi tới Exchange Online qua IPv6 phải đạt SPF hoặc DKIM
    .cause = Exchange Online chỉ chấp nhận thư ẩn danh qua IPv6 khi thư đạt SPF hoặc DKIM. Thư này đến từ một địa chỉ IPv6 không có trong bản ghi SPF của tên miền gửi và không mang chữ ký DKIM hợp lệ.
    .fix-1 = Ký DKIM cho thư gửi đi của tên miền gửi.
    .fix-2 = Thêm địa chỉ IPv6 của máy chủ gửi (ip6:…) vào bản ghi SPF của tên miền, hoặc cho máy chủ gửi tới Exchange Online qua IPv4.

exo-4-7-850-899-ip-restricted = IP gửi đang bị hạn chế tạm thời trong khi Microsoft đánh giá
    .cause = Exchange Online Protection phát hiện hoạt động đáng ngờ từ địa chỉ IP kết nối và tạm thời từ chối thư từ IP đó cho đến khi đánh giá xong. Lưu lượng hợp lệ thường được giải phóng tự động.
    .fix-1 = Để máy chủ gửi tiếp tục thử lại; không tăng tốc độ gửi.
    .fix-2 = Kiểm tra IP gửi xem có tài khoản bị xâm nhập, open relay hoặc lưu lượng bất thường không, và dừng mọi thứ không nên gửi thư.

exo-4-7-500-699-ip-throttled = Exchange Online đang điều tiết IP gửi (graylisting): hãy thử lại sau
    .cause = Địa chỉ IP kết nối đã thay đổi hành vi gửi (ví dụ lượng thư lớn hơn nhiều so với trước, hoặc là IP mới), nên Exchange Online Protection tạm hoãn thư của nó. Việc điều tiết IP này là một phần của lọc thư rác; mã AS/S trong ngoặc cho biết quy tắc áp dụng.
    .fix-1 = Để bên gửi tiếp tục thử lại; người gửi mới hoặc thay đổi sẽ được giải phóng khi họ xây dựng lịch sử gửi trong vài ngày.
    .fix-2 = Nếu thư đến từ máy chủ on-premises của bạn hoặc một dịch vụ chuyển tiếp cho tenant Microsoft 365 của bạn, hãy tạo inbound connector cho nó (New-InboundConnector với SenderIPAddresses hoặc TlsSenderCertificateName) để nó được nhận diện và không bị điều tiết.
    .fix-3 = Gửi thư thường xuyên từ một tên miền tùy chỉnh đã xác minh, không phải từ tên miền onmicrosoft.com ban đầu vốn bị giới hạn chặt.

exo-5-0-350-x-dg-ref-too-long = Người nhận từ chối thư: header x-dg-ref quá dài (tệp đính kèm Rich Text)
    .cause = Thư được soạn ở định dạng Outlook Rich Text và chứa một thư đính kèm mà bản thân nó lại có tệp đính kèm. Với RTF/TNEF, dữ liệu tệp đính kèm nằm trong một trường header có dòng quá dài, và máy chủ nhận từ chối nó.
    .fix-1 = Gửi lại thư ở định dạng HTML (Outlook: File > Options > Mail > Compose messages in HTML).
    .fix-2 = Ngừng gửi TNEF tới đích đó: Set-RemoteDomain <domain> -TNEFEnabled $false (hoặc Default cho mọi tên miền bên ngoài).

exo-5-0-350-as345-nested-attachments = Thư bị từ chối vì một tệp đính kèm chứa quá nhiều tệp nhúng (AS345)
    .cause = Một tệp đính kèm (ví dụ tài liệu Word) chứa từ 20 tệp nhúng trở lên, điều mà Exchange Online coi là vi phạm chính sách và từ chối.
    .fix-1 = Gỡ bớt các tệp nhúng khỏi tệp đính kèm, hoặc gửi chúng thành các tệp đính kèm riêng hoặc dưới dạng liên kết, rồi gửi lại.

exo-5-0-350-remote-error = Máy chủ của người nhận từ chối thư (mã bao chung 5.0.350)
    .cause = 5.0.350 là mã bao mà Exchange Online dùng khi hệ thống thư của người nhận trả về một lỗi không có mã cụ thể hơn. Lý do thực sự là văn bản của chính máy chủ từ xa sau mũi tên (->).
    .fix-1 = Đọc văn bản sau mũi tên trong NDR; đó là câu trả lời của máy chủ người nhận (ví dụ account closed).
    .fix-2 = Xử lý theo câu trả lời đó hoặc liên hệ quản trị viên thư của người nhận; bộ phận hỗ trợ của Microsoft không thể thay đổi phía người nhận.

exo-5-1-0-sender-denied = Máy chủ nhận từ chối người gửi
    .cause = Hệ thống của người nhận đã từ chối địa chỉ người gửi. Trên Exchange đây là agent Sender Filter từ chối một người gửi hoặc tên miền bị chặn; trên Exchange Online điều này cũng có thể xảy ra khi trả lời một thư được lưu ngoại tuyến, khi người gửi/người nhận đã lưu (legacyExchangeDN) không còn phân giải được.
    .fix-1 = Kiểm tra địa chỉ và gõ lại người nhận thay vì trả lời một thư cũ đã lưu.
    .fix-2 = Trên máy chủ Exchange nhận, kiểm tra Get-SenderFilterConfig | Format-List BlockedSenders,BlockedDomains,BlockedDomainsAndSubdomains và xóa người gửi nếu bị chặn nhầm.
    .fix-3 = Nếu lệnh từ chối đến từ tổ chức khác, hãy nhờ quản trị viên thư của họ cho phép địa chỉ người gửi của bạn.

exo-5-1-1-ex-recip-not-found = Địa chỉ Exchange nội bộ (X.500) của người nhận không còn tồn tại
    .cause = Thư được gửi tới một địa chỉ nội bộ Exchange cũ (legacyExchangeDN, hiển thị dạng IMCEAEX-…) lấy từ bộ nhớ AutoComplete của Outlook, sổ địa chỉ ngoại tuyến hoặc một thư đã di chuyển (.pst). Sau khi di chuyển hoặc tạo lại hộp thư, không người nhận nào còn địa chỉ đó.
    .fix-1 = Xóa mục của người nhận khỏi AutoComplete của Outlook (nhấn X trong danh sách gợi ý) và gõ lại địa chỉ SMTP đầy đủ.
    .fix-2 = Nếu nhiều người dùng bị ảnh hưởng sau khi di chuyển, thêm legacyExchangeDN cũ làm địa chỉ proxy X500 cho người nhận mới (Set-Mailbox <user> -EmailAddresses với một mục X500: được thêm vào).
    .fix-3 = Đảm bảo sổ địa chỉ ngoại tuyến tải xuống đúng trong Outlook.

exo-5-1-1-recip-not-found = Địa chỉ người nhận không tồn tại (RESOLVER.ADR.RecipNotFound)
    .cause = Exchange tra cứu người nhận trong thư mục và không tìm thấy hộp thư, liên hệ hay nhóm nào có địa chỉ đó: địa chỉ bị gõ sai, hộp thư đã bị xóa hoặc đổi tên, hoặc Outlook gợi ý một địa chỉ cũ từ AutoComplete.
    .fix-1 = Kiểm tra chính tả địa chỉ; xóa mục AutoComplete cũ trong Outlook và gõ lại địa chỉ.
    .fix-2 = Quản trị viên tên miền người nhận: kiểm tra xem địa chỉ có tồn tại không (Get-Recipient <address>).
    .fix-3 = Nếu người nhận nằm on-premises trong môi trường hybrid, đảm bảo nó được đồng bộ lên Exchange Online dưới dạng người dùng thư (MailUser).

exo-5-1-8-bad-outbound-sender = Tài khoản người gửi bị chặn gửi thư vì đã gửi thư rác
    .cause = Exchange Online đã đưa người dùng gửi vào danh sách restricted entities sau khi tài khoản gửi thư trông như thư rác, thường do tài khoản bị xâm nhập. Cho đến khi quản trị viên giải phóng, người dùng không thể gửi thư ra ngoài (hoặc mọi thư).
    .fix-1 = Bảo mật tài khoản trước: đặt lại mật khẩu, thu hồi phiên, bắt buộc MFA, xóa inbox rule hoặc chuyển tiếp độc hại (Get-InboxRule -Mailbox <user>).
    .fix-2 = Giải phóng người dùng trên trang Restricted entities của Microsoft Defender portal, hoặc bằng Remove-BlockedSenderAddress -SenderAddress <user> (Get-BlockedSenderAddress liệt kê người dùng bị chặn).
    .fix-3 = Xem lại chính sách outbound spam và các cảnh báo để biết tài khoản đã gửi gì.

exo-5-1-10-recipient-not-found = Tổ chức Exchange của người nhận không có ai mang địa chỉ đó (RESOLVER.ADR.RecipientNotFound)
    .cause = Việc tra cứu địa chỉ SMTP trong tổ chức Exchange của người nhận (Exchange Online hoặc Exchange Server) không tìm thấy ai có địa chỉ đó: địa chỉ bị gõ sai, người dùng đã bị xóa hoặc, trong Exchange Online, không có license, hoặc một quy tắc chuyển tiếp gửi bản sao tới địa chỉ không còn tồn tại. Nếu bạn chưa từng gửi thư gốc, NDR này là backscatter từ kẻ gửi rác giả mạo địa chỉ của bạn.
    .fix-1 = Kiểm tra địa chỉ, xóa mục AutoComplete và gõ lại; so sánh với địa chỉ trong NDR để phát hiện chuyển tiếp.
    .fix-2 = Quản trị viên tổ chức của người nhận: kiểm tra xem người dùng có tồn tại không (Get-Recipient <address>) và, trong Exchange Online, có giấy phép (license) không; tìm chuyển tiếp bị hỏng (inbox rule, chuyển tiếp hộp thư, mail flow rule).
    .fix-3 = Nếu là backscatter, hãy bỏ qua và đảm bảo tên miền của bạn có SPF, DKIM và DMARC để nơi khác có thể từ chối thư giả mạo.

exo-5-1-90-daily-recipient-limit = Người gửi đã đạt giới hạn người nhận hằng ngày
    .cause = Hộp thư đã gửi tới nhiều người nhận trong 24 giờ hơn mức giới hạn gửi của Exchange Online cho phép, nên việc gửi bị chặn cho đến khi cửa sổ 24 giờ trượt giải phóng. Một đợt tăng đột ngột thường nghĩa là tài khoản bị xâm nhập và đang gửi thư rác.
    .fix-1 = Kiểm tra tài khoản có bị xâm nhập không (đăng nhập lạ, inbox rule, thư đã gửi) và bảo mật nếu có.
    .fix-2 = Kiểm tra khối lượng bằng message trace (Get-MessageTraceV2 -SenderAddress <user>) và giới hạn của chính sách outbound spam (Get-HostedOutboundSpamFilterPolicy | Format-List RecipientLimit*).
    .fix-3 = Với thư hàng loạt hợp lệ, hãy dùng dịch vụ gửi thư hàng loạt chuyên dụng thay vì hộp thư người dùng.

exo-5-2-2-submission-quota = Người gửi đã vượt giới hạn gửi (submission quota exceeded)
    .cause = Hộp thư đã vượt giới hạn tốc độ người nhận hoặc tốc độ thư của Exchange Online, nên các lần gửi tiếp theo bị từ chối trong một thời gian. Điều này thường cho thấy tài khoản bị xâm nhập.
    .fix-1 = Kiểm tra tài khoản có bị xâm nhập không và bảo mật nó (đặt lại mật khẩu, MFA, xóa inbox rule lạ).
    .fix-2 = Chờ hết khoảng thời gian giới hạn; rải đều các đợt gửi hợp lệ theo thời gian hoặc dùng dịch vụ gửi thư hàng loạt.

exo-submission-quota-exceeded = Hộp thư đã vượt hạn mức người nhận hằng ngày (10.000 người nhận mỗi ngày)
    .cause = Exchange Online từ chối việc gửi với SubmissionQuotaExceededException vì hộp thư đã gửi tới nhiều hơn giới hạn người nhận hằng ngày (10.000 người nhận trong 24 giờ). Người dùng hợp lệ hiếm khi chạm tới; tài khoản bị xâm nhập gửi thư rác thì thường xuyên.
    .fix-1 = Kiểm tra tài khoản có bị xâm nhập: đăng nhập gần đây, inbox rule, chuyển tiếp và thư đã gửi; đặt lại mật khẩu và bắt buộc MFA nếu có gì đáng ngờ.
    .fix-2 = Đo khối lượng bằng message trace (Get-MessageTraceV2 -SenderAddress <user>) để biết bộ đếm 24 giờ bắt đầu khi nào; việc gửi sẽ tiếp tục khi cửa sổ trượt qua.
    .fix-3 = Chuyển thư hàng loạt hoặc thư ứng dụng hợp lệ ra khỏi hộp thư người dùng sang dịch vụ được thiết kế cho việc đó.

exo-5-2-121-sender-hourly-receive-limit = Quá nhiều thư từ một người gửi tới người nhận này trong một giờ
    .cause = Exchange Online giới hạn số thư một người nhận chấp nhận mỗi giờ từ một người gửi cụ thể, để bảo vệ hộp thư khỏi bão thư do các hệ thống gửi tự động. Người gửi này đã vượt giới hạn đó.
    .fix-1 = Phía gửi cần giảm tốc độ: gửi ít thư mỗi giờ hơn tới người nhận này (ví dụ gộp thông báo thành một bản tổng hợp).
    .fix-2 = Kiểm tra ứng dụng hoặc quy tắc gửi xem có vòng lặp gửi cùng một thông báo nhiều lần không.

exo-5-2-122-recipient-hourly-receive-limit = Người nhận đã nhận quá nhiều thư trong một giờ
    .cause = Exchange Online giới hạn số thư một người nhận chấp nhận mỗi giờ từ tất cả người gửi cộng lại. Người nhận đang bị dồn thư (ví dụ từ hệ thống tự động hoặc vòng lặp thư), nên các thư tiếp theo tạm thời bị từ chối.
    .fix-1 = Người gửi nên thử lại sau và giảm khối lượng gửi mỗi giờ tới người nhận này.
    .fix-2 = Quản trị viên của người nhận: tìm nguồn gây bão thư bằng message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) và chặn nó.

exo-5-3-190-journaling-archive-disabled = Tenant này không cho phép journaling thư on-premises vào Microsoft 365
    .cause = Một journal rule on-premises gửi journal report tới một hộp thư Microsoft 365, nhưng Journaling Archive đang tắt trong tổ chức Exchange Online, nên Exchange Online từ chối chúng.
    .fix-1 = Hoặc bật Journaling Archive trong Exchange Online (Set-TransportConfig -JournalArchivingEnabled $true), hoặc đổi journal rule on-premises để gửi journal report tới đích khác (Get-JournalRule, Set-JournalRule -JournalEmailAddress).

exo-5-4-1-recipient-access-denied = Exchange Online từ chối người nhận: địa chỉ không tồn tại (Directory Based Edge Blocking)
    .cause = Tên miền người nhận là authoritative domain trong Exchange Online, và Directory Based Edge Blocking từ chối mọi địa chỉ không phải người nhận đã biết trong thư mục. Hoặc địa chỉ bị sai, hoặc (trong hybrid) người nhận on-premises chưa được đồng bộ lên Exchange Online.
    .fix-1 = Kiểm tra địa chỉ người nhận có lỗi chính tả không.
    .fix-2 = Quản trị viên tên miền người nhận: kiểm tra xem người nhận có tồn tại trong Exchange Online không (Get-Recipient <address>); trong hybrid, đảm bảo Entra Connect đồng bộ đối tượng đó.
    .fix-3 = Nếu tên miền thực sự có người nhận không nằm trong thư mục, đặt nó thành Internal Relay (Set-AcceptedDomain <domain> -DomainType InternalRelay) và định tuyến họ bằng outbound connector.

exo-5-4-1-relay-access-denied = Máy chủ nhận không chấp nhận thư cho tên miền người nhận (Relay Access Denied)
    .cause = Máy chủ nhận thư không chịu trách nhiệm cho tên miền của người nhận. Thường bản ghi MX của tên miền trỏ tới Exchange Online nhưng tên miền không phải accepted domain trong tenant đó (hoặc trỏ nơi khác trong khi tên miền nằm trong Microsoft 365), hoặc cài đặt connector/accepted domain của hybrid bị sai.
    .fix-1 = Kiểm tra bản ghi MX: nó phải trỏ tới <domain-key>.mail.protection.outlook.com (ví dụ contoso-com.mail.protection.outlook.com) khi thư của tên miền nằm trong Microsoft 365 (Resolve-DnsName <domain> -Type MX).
    .fix-2 = Kiểm tra tên miền là accepted domain đúng loại: Get-AcceptedDomain | Format-List Name,DomainType (Authoritative, hoặc Internal Relay khi một số hộp thư nằm nơi khác).
    .fix-3 = Trong môi trường hybrid, kiểm tra các connector do Hybrid Configuration Wizard tạo và chạy lại nếu cần.

exo-5-4-6-hop-count-exceeded = Vòng lặp thư: thư bị chuyển qua lại giữa các máy chủ cho đến khi đạt giới hạn hop (on-premises)
    .cause = Thư bị chuyển qua lại giữa các máy chủ — thường giữa Exchange on-premises và Exchange Online hoặc một hệ thống khác — cho đến khi số header Received vượt giới hạn. Nguyên nhân là cấu hình định tuyến mà mỗi bên đều nghĩ bên kia chịu trách nhiệm cho người nhận.
    .fix-1 = Kiểm tra loại accepted domain ở cả hai phía (Get-AcceptedDomain | Format-List Name,DomainType): một tên miền không được là Internal Relay ở cả hai phía mà không có đích cuối cùng.
    .fix-2 = Kiểm tra send connector / smart host và địa chỉ đích (ExternalEmailAddress / targetAddress) của người dùng thư (MailUser) để chúng không trỏ ngược về bên gửi.
    .fix-3 = Kiểm tra quy tắc chuyển tiếp và chuyển tiếp hộp thư của người nhận có thể đưa thư đi vòng tròn.

exo-5-4-14-hop-count-exceeded = Exchange Online phát hiện vòng lặp thư: đã đạt giới hạn hop
    .cause = Exchange Online dừng thư vì nó đã đi qua quá nhiều hop (ATTR34), nghĩa là thư đang lặp — ví dụ giữa Exchange Online và máy chủ on-premises hoặc bộ lọc bên thứ ba, hoặc qua các quy tắc chuyển tiếp. Mặc định vòng lặp bị cắt sau khoảng 20 lần.
    .fix-1 = Trace thư và xem các header Received để biết thư đã đi vòng qua những hệ thống nào.
    .fix-2 = Kiểm tra loại accepted domain (Get-AcceptedDomain) và smart host của outbound connector để tên miền người nhận có một đích cuối cùng rõ ràng.
    .fix-3 = Kiểm tra chuyển tiếp (chuyển tiếp hộp thư, inbox rule, mail flow rule) của người nhận và các bản ghi MX có thể trỏ ngược vào vòng lặp.

exo-5-4-300-message-expired = Thư đã hết hạn: máy chủ đích không bao giờ phản hồi
    .cause = Exchange Online không chuyển được thư trong thời hạn, vì máy chủ đích không bao giờ phản hồi hoặc vì NDR tạo ra cho thư không thể chuyển tới người gửi ban đầu.
    .fix-1 = Kiểm tra bản ghi MX của tên miền đích và máy chủ thư của nó có truy cập được không (Remote Connectivity Analyzer, bài kiểm tra Outbound SMTP Email).
    .fix-2 = Chạy message trace cho thư để xem các lỗi cuối, rồi gửi lại khi đích hoạt động.

exo-5-5-0-mailbox-unavailable = Người nhận Outlook.com / Hotmail không tồn tại
    .cause = Người nhận là địa chỉ cá nhân Outlook.com hoặc Hotmail, và việc tra cứu địa chỉ không tìm thấy hộp thư đó (gõ sai, đã đóng hoặc chưa từng tồn tại).
    .fix-1 = Kiểm tra chính tả địa chỉ và hỏi người nhận địa chỉ đúng.
    .fix-2 = Xóa mục AutoComplete cũ trong Outlook trước khi gửi lại.

exo-5-6-11-bare-linefeeds = Thư chứa ký tự xuống dòng LF trần và máy chủ đích không nhận được
    .cause = Chương trình gửi đã đưa ký tự LF trần (xuống dòng không kèm carriage return) vào thư. Exchange Online không còn tự sửa các ký tự này, và vì máy chủ nhận không hỗ trợ BDAT (CHUNKING), thư không thể gửi bằng DATA.
    .fix-1 = Sửa ứng dụng hoặc script gửi để mọi dòng kết thúc bằng CRLF (ví dụ dùng cách tuần tự hóa chuẩn của thư viện thư thay vì ghi LF thô).
    .fix-2 = Cách tạm thời: gửi lại thư từ Outlook on the web.
    .fix-3 = Nếu đích là máy chủ của bạn, bật BDAT/CHUNKING trên đó hoặc nâng cấp lên máy chủ hỗ trợ.

exo-5-7-1-delivery-not-authorized = Người gửi không được phép gửi tới người nhận này
    .cause = Người nhận (thường là một distribution group) chỉ chấp nhận thư từ một số người gửi nhất định, hoặc một mail flow (transport) rule đã từ chối thư. Người gửi không có trong danh sách được phép.
    .fix-1 = Kiểm tra giới hạn chuyển thư của người nhận: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFrom*,RejectMessagesFrom*,RequireSenderAuthenticationEnabled (hoặc Get-Mailbox cho hộp thư).
    .fix-2 = Chạy message trace để xem có mail flow rule nào từ chối không (Get-TransportRule liệt kê các rule) và điều chỉnh rule nếu việc từ chối là sai.
    .fix-3 = Nếu không, người gửi phải xin phép chủ sở hữu nhóm hoặc quản trị viên của người nhận.

exo-5-7-1-unable-to-relay = Máy chủ từ chối chuyển tiếp (relay) thư tới tên miền bên ngoài
    .cause = Hệ thống gửi yêu cầu máy chủ chuyển thư tới một tên miền mà máy chủ không chịu trách nhiệm, trong khi không có quyền relay. Nguyên nhân phổ biến là ứng dụng hoặc thiết bị relay qua Exchange ẩn danh, hoặc bản ghi MX trỏ tới máy chủ không chấp nhận tên miền đó.
    .fix-1 = Với ứng dụng hoặc thiết bị cần relay, tạo một receive connector riêng giới hạn theo IP của nó và cấp quyền relay: Get-ReceiveConnector <name> | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'Ms-Exch-SMTP-Accept-Any-Recipient'.
    .fix-2 = Hoặc cho ứng dụng xác thực bằng một tài khoản được phép gửi thay vì relay ẩn danh.
    .fix-3 = Nếu tên miền người nhận lẽ ra được lưu trên máy chủ này, thêm nó làm accepted domain (New-AcceptedDomain) và kiểm tra bản ghi MX trỏ tới đúng hệ thống.

exo-5-7-1-client-not-authenticated = Máy chủ nhận yêu cầu xác thực trước khi nhận thư
    .cause = Máy chủ nhận chỉ chấp nhận thư từ người gửi đã xác thực trên connector này và không cho phép thư ẩn danh, nên hệ thống gửi chưa xác thực bị từ chối. Điều này thường gặp khi receive connector hướng internet của máy chủ không cho phép người dùng ẩn danh.
    .fix-1 = Nếu máy chủ cần nhận thư từ internet, cho phép người gửi ẩn danh trên receive connector hướng internet (Set-ReceiveConnector <name> -PermissionGroups có bao gồm AnonymousUsers).
    .fix-2 = Nếu người gửi là ứng dụng hoặc máy chủ nội bộ, cấu hình nó xác thực với máy chủ nhận.

exo-5-7-12-sender-not-authenticated-by-org = Người nhận chỉ chấp nhận thư từ bên trong tổ chức của họ
    .cause = Người nhận được cấu hình từ chối thư từ người gửi bên ngoài tổ chức (người gửi chưa xác thực), và người gửi là người bên ngoài. Chỉ quản trị viên của người nhận mới thay đổi được.
    .fix-1 = Quản trị viên của người nhận: cho phép người gửi bên ngoài gửi tới người nhận đó bằng Set-Mailbox / Set-DistributionGroup / Set-UnifiedGroup <identity> -RequireSenderAuthenticationEnabled $false (hoặc trong EAC ở phần delivery management).
    .fix-2 = Với người gửi, liên hệ người nhận bằng cách khác và đề nghị họ cho phép thư từ bên ngoài.

exo-5-7-13-135-public-folder = Public folder chỉ chấp nhận thư từ bên trong tổ chức
    .cause = Người nhận là một public folder có bật thư, từ chối người gửi chưa xác thực (bên ngoài).
    .fix-1 = Quản trị viên: cho phép người gửi bên ngoài bằng Set-MailPublicFolder <folder> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Hoặc thêm những người gửi cụ thể được phép (Set-MailPublicFolder -AcceptMessagesOnlyFrom).

exo-5-7-124-sender-not-allowed = Người gửi không có trong danh sách người gửi được phép của nhóm
    .cause = Distribution group chỉ chấp nhận thư từ những người gửi được liệt kê (hoặc thành viên), và người gửi không có trong danh sách — tùy cấu hình, ngay cả chủ sở hữu nhóm cũng phải được liệt kê. Nhóm lớn cũng có thể bị giới hạn chỉ cho thành viên.
    .fix-1 = Kiểm tra giới hạn: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers,AcceptMessagesOnlyFrom.
    .fix-2 = Thêm người gửi vào danh sách được phép trong EAC (group > Settings > Delivery management) hoặc bằng Set-DistributionGroup.

exo-5-7-133-group-requires-auth = Nhóm nhận thư chỉ chấp nhận thư từ bên trong tổ chức
    .cause = Người nhận là nhóm phân phối hoặc nhóm Microsoft 365 được đặt từ chối thư từ người gửi chưa xác thực (bên ngoài). Thư từ bên ngoài, kể cả thư được relay ẩn danh từ ứng dụng on-premises, đều bị từ chối.
    .fix-1 = Quản trị viên hoặc chủ nhóm: cho phép người gửi bên ngoài bằng Set-DistributionGroup <group> -RequireSenderAuthenticationEnabled $false (Set-UnifiedGroup cho nhóm Microsoft 365).
    .fix-2 = Với ứng dụng on-premises relay tới nhóm, dùng inbound connector hoặc gửi có xác thực để thư được tính là nội bộ.

exo-5-7-134-mailbox-requires-auth = Hộp thư chỉ chấp nhận thư từ bên trong tổ chức
    .cause = Hộp thư người nhận được đặt từ chối thư từ người gửi chưa xác thực (bên ngoài), nên thư từ bên ngoài gửi tới nó bị từ chối.
    .fix-1 = Quản trị viên: cho phép người gửi bên ngoài bằng Set-Mailbox <mailbox> -RequireSenderAuthenticationEnabled $false, hoặc thêm những người gửi được phép.

exo-5-7-136-mail-user-requires-auth = Người dùng thư (MailUser) chỉ chấp nhận thư từ bên trong tổ chức
    .cause = Người nhận là một người dùng thư (MailUser: địa chỉ có hộp thư nằm nơi khác) được đặt từ chối thư từ người gửi chưa xác thực (bên ngoài).
    .fix-1 = Quản trị viên: cho phép người gửi bên ngoài bằng Set-MailUser <identity> -RequireSenderAuthenticationEnabled $false, hoặc thêm những người gửi được phép.

exo-5-7-23-spf-violation = Người nhận từ chối thư vì không đạt SPF
    .cause = Hệ thống nhận kiểm tra SPF và địa chỉ IP của máy chủ gửi không được bản ghi SPF của tên miền người gửi cho phép (thiếu include, sai IP hoặc quá nhiều lượt tra cứu DNS).
    .fix-1 = Kiểm tra bản ghi SPF của tên miền (Resolve-DnsName <domain> -Type TXT) và thêm mọi nguồn gửi hợp lệ; với Microsoft 365 nó phải chứa include:spf.protection.outlook.com.
    .fix-2 = Giữ bản ghi trong giới hạn 10 lượt tra cứu DNS và chỉ công bố một bản ghi SPF, rồi gửi lại.

exo-5-7-25-ipv6-no-reverse-dns = Địa chỉ IPv6 gửi không có bản ghi DNS ngược (PTR)
    .cause = Exchange Online yêu cầu bản ghi DNS ngược cho các địa chỉ IPv6 gửi thư tới nó. Địa chỉ IPv6 kết nối không có bản ghi PTR.
    .fix-1 = Yêu cầu bên quản lý địa chỉ IPv6 (nhà cung cấp hosting hoặc internet) công bố bản ghi PTR với tên host của máy chủ.
    .fix-2 = Trong lúc chờ, gửi tới Exchange Online qua IPv4.

exo-5-7-57-smtp-auth-required = Ứng dụng hoặc thiết bị chưa xác thực khi gửi qua smtp.office365.com
    .cause = Một ứng dụng, máy in hoặc script gửi thư tới smtp.office365.com mà không xác thực (hoặc xác thực thất bại). SMTP client submission yêu cầu thông tin đăng nhập của một hộp thư có license, và chỉ xác thực được sau khi đã thương lượng TLS.
    .fix-1 = Cấu hình thiết bị dùng smtp.office365.com cổng 587 với STARTTLS và thông tin đăng nhập của hộp thư được phép gửi; đảm bảo thiết bị hỗ trợ TLS 1.2.
    .fix-2 = Kiểm tra SMTP AUTH được phép: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled và Get-CASMailbox <user> | Format-List SmtpClientAuthenticationDisabled (Set-CASMailbox <user> -SmtpClientAuthenticationDisabled $false).
    .fix-3 = Nếu thiết bị không xác thực được, dùng direct send hoặc SMTP relay connector (inbound connector theo IP hoặc chứng chỉ) thay thế.

exo-5-7-64-tenant-attribution = Exchange Online không khớp được thư từ máy chủ của bạn với inbound connector (TenantAttribution)
    .cause = Exchange Online nhận thư từ máy chủ on-premises hoặc relay của bạn qua một inbound connector, và connector đó không còn khớp với kết nối: IP công cộng của máy chủ đã thay đổi, hoặc tên chứng chỉ máy chủ đưa ra khác với tên cấu hình trên connector. Khi đó thư bị coi là nỗ lực relay ẩn danh và bị từ chối.
    .fix-1 = Kiểm tra connector: Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled.
    .fix-2 = Cập nhật nó theo IP công cộng hiện tại (Set-InboundConnector <name> -SenderIPAddresses <ip>) hoặc tên chứng chỉ (-TlsSenderCertificateName <name>), hoặc chạy lại Hybrid Configuration Wizard.
    .fix-3 = Đảm bảo send connector on-premises đưa ra đúng chứng chỉ (TlsCertificateName) và gửi đầy đủ chuỗi chứng chỉ.

exo-5-7-501-spam-abuse = Tài khoản gửi bị cấm sau khi phát hiện thư rác
    .cause = Exchange Online phát hiện hoạt động gửi thư rác từ tài khoản gửi và cấm nó gửi thư. Điều này thường có nghĩa tài khoản đã bị xâm nhập.
    .fix-1 = Bảo mật tài khoản: đặt lại mật khẩu, thu hồi phiên, bắt buộc MFA và xóa inbox rule hoặc chuyển tiếp độc hại.
    .fix-2 = Sau khi xử lý xong, liên hệ bộ phận hỗ trợ Microsoft qua kênh thông thường để khôi phục việc gửi.

exo-5-7-502-503-banned-sender = Tài khoản gửi bị cấm vì hoạt động gửi thư rác
    .cause = Exchange Online cấm tài khoản gửi sau khi phát hiện thư rác gửi từ nó, thường do tài khoản bị xâm nhập.
    .fix-1 = Bảo mật tài khoản (đặt lại mật khẩu, MFA, xóa rule và chuyển tiếp độc hại) và kiểm tra những gì nó đã gửi.
    .fix-2 = Sau đó liên hệ bộ phận hỗ trợ Microsoft qua kênh thông thường để gỡ lệnh cấm.

exo-5-7-504-recipient-rejected = Địa chỉ người nhận bị từ chối vì không hợp lệ
    .cause = Exchange Online Protection từ chối địa chỉ người nhận vì đó không phải người nhận hợp lệ.
    .fix-1 = Xác minh địa chỉ email của người nhận và gửi lại.

exo-5-7-505-banned-recipient = Địa chỉ người nhận bị cấm
    .cause = Exchange Online Protection từ chối chuyển thư tới địa chỉ người nhận này vì nó không được coi là hợp lệ.
    .fix-1 = Xác minh địa chỉ; nếu bạn cho rằng việc chặn là nhầm lẫn, hãy liên hệ bộ phận hỗ trợ Microsoft.

exo-5-7-506-bad-helo = Máy chủ gửi tự giới thiệu bằng tên của máy chủ nhận (Bad HELO)
    .cause = Trong HELO/EHLO, máy chủ gửi dùng tên của máy chủ mà nó kết nối tới thay vì tên host đầy đủ của chính nó. Exchange Online coi đây là hành vi của spambot và từ chối kết nối.
    .fix-1 = Đặt tên HELO/EHLO của máy chủ gửi thành FQDN công cộng của chính nó: trên Exchange, Set-SendConnector <name> -Fqdn <host>; trên Postfix, smtp_helo_name (mặc định là myhostname).
    .fix-2 = Đảm bảo tên đó phân giải ra IP công cộng của máy chủ và có bản ghi PTR tương ứng.

exo-5-7-507-rejected-by-recipient = Tổ chức của người nhận chặn địa chỉ IP gửi
    .cause = Tổ chức của người nhận đã chặn địa chỉ IP mà bạn gửi từ đó, nên Exchange Online thay mặt họ từ chối thư.
    .fix-1 = Liên hệ người nhận bằng cách khác và đề nghị quản trị viên thư của họ bỏ chặn IP gửi của bạn.

exo-5-7-508-ipv6-range-limit = Dải IPv6 gửi đã gửi quá nhiều thư trong thời gian quá ngắn
    .cause = Exchange Online giới hạn tốc độ gửi của một dải IPv6, và dải của người gửi đã vượt giới hạn đó.
    .fix-1 = Giảm tốc độ gửi từ dải IPv6 đó hoặc gửi qua IPv4.
    .fix-2 = Kiểm tra các máy gửi xem có bị xâm nhập hoặc gửi thư hàng loạt bất thường không.

exo-5-7-509-dmarc-reject = Thư không đạt DMARC và chính sách của tên miền gửi là reject
    .cause = Tên miền trong header From công bố DMARC với p=reject, và thư không đạt cả SPF lẫn DKIM có căn chỉnh (alignment) với tên miền đó, nên người nhận từ chối. Lý do điển hình là thiếu chữ ký DKIM, một dịch vụ gửi không có trong SPF, hoặc việc chuyển tiếp làm hỏng SPF/DKIM.
    .fix-1 = Đọc header Authentication-Results trong thư bị trả về để xem kiểm tra nào thất bại.
    .fix-2 = Làm cho mọi dịch vụ gửi dưới tên miền đều đạt SPF hoặc DKIM có căn chỉnh: thêm nó vào SPF và bật ký DKIM cho tên miền (trong Microsoft 365: trang DKIM của Defender portal hoặc Set-DkimSigningConfig <domain> -Enabled $true).
    .fix-3 = Cho đến khi mọi nguồn đã căn chỉnh, cân nhắc dùng chính sách DMARC ít nghiêm ngặt hơn (p=quarantine hoặc p=none) trong khi theo dõi báo cáo.

exo-5-7-510-no-ipv6 = Tên miền người nhận không nhận thư qua IPv6
    .cause = Thư được gửi qua IPv6, nhưng tên miền người nhận không chấp nhận email qua IPv6.
    .fix-1 = Cho máy chủ gửi chuyển thư tới tên miền này qua IPv4 (trên Postfix, smtp_address_preference = ipv4 hoặc inet_protocols = ipv4).

exo-5-7-511-banned-sender-ip = Địa chỉ IP gửi bị Microsoft cấm
    .cause = Địa chỉ IP mà thư xuất phát đã bị Exchange Online Protection cấm, thường vì thư rác hoặc lạm dụng khác gửi từ đó (có thể do người dùng trước đây của địa chỉ).
    .fix-1 = Tìm và chặn nguồn lạm dụng trên IP đó (tài khoản bị xâm nhập, open relay, máy bị nhiễm).
    .fix-2 = Yêu cầu gỡ khỏi danh sách bằng cách gửi email tới delist@microsoft.com kèm toàn bộ văn bản NDR và địa chỉ IP.

exo-5-7-512-from-not-rfc5322 = Thư không có địa chỉ From hợp lệ
    .cause = Exchange Online từ chối thư có header From không chứa địa chỉ hợp lệ theo yêu cầu của RFC 5322 mục 3.6.2 — ví dụ From trống hoặc chỉ có tên hiển thị mà không có địa chỉ trong dấu ngoặc nhọn.
    .fix-1 = Sửa ứng dụng gửi để mọi thư có header From với địa chỉ hợp lệ, ví dụ From: Display Name <sender@contoso.com>.

exo-5-7-513-customer-block-list = Tên miền người nhận đã chặn IP của bạn trong danh sách chặn riêng
    .cause = Tổ chức người nhận đã thêm địa chỉ IP gửi của bạn vào danh sách chặn tùy chỉnh trong Exchange Online (AS16012607), nên tenant của họ từ chối thư của bạn.
    .fix-1 = Liên hệ người nhận bằng cách khác và đề nghị quản trị viên thư của họ gỡ IP của bạn khỏi danh sách chặn.

exo-5-7-606-649-banned-sending-ip = Địa chỉ IP gửi nằm trong danh sách người gửi bị chặn của Microsoft
    .cause = Exchange Online Protection đã cấm địa chỉ IP kết nối vì thư rác hoặc lưu lượng độc hại khác (các mã 5.7.606 đến 5.7.649). Mọi thư từ IP đó tới Microsoft 365 đều bị từ chối cho đến khi được gỡ khỏi danh sách.
    .fix-1 = Trước tiên tìm và sửa nguyên nhân trên IP đó: tài khoản bị xâm nhập, open relay, hoặc thư hàng loạt bị người nhận báo là thư rác.
    .fix-2 = Yêu cầu gỡ bằng cổng tự phục vụ delist (https://sender.office.com) với địa chỉ IP trong NDR.

exo-5-7-703-tenant-recipient-block = Chính tổ chức của bạn chặn người nhận này (Tenant Allow/Block List)
    .cause = Địa chỉ hoặc tên miền người nhận bị chặn trong Tenant Allow/Block List của tenant bạn. Mục chặn như vậy cũng ngăn người dùng của bạn gửi tới đó, và toàn bộ thư bị từ chối cho mọi người nhận.
    .fix-1 = Kiểm tra các mục chặn: Get-TenantAllowBlockListItems -ListType Sender -Block.
    .fix-2 = Nếu không muốn chặn, xóa mục đó (Remove-TenantAllowBlockListItems -ListType Sender -Entries <address-or-domain>) hoặc trong Defender portal tại Tenant Allow/Block Lists, rồi gửi lại.

exo-5-7-705-tenant-threshold = Thư gửi ra từ tenant của bạn bị chặn: đã gửi quá nhiều thư rác
    .cause = Phần lớn lưu lượng gửi ra gần đây của tenant bị phát hiện là thư rác hoặc thư hàng loạt, nên Exchange Online chặn thư gửi đi của toàn bộ tenant. Nguyên nhân phổ biến là máy chủ on-premises hoặc tài khoản quản trị bị xâm nhập dùng để tạo connector; hiếm hơn là gói đăng ký được gia hạn sau khi đã hết hạn.
    .fix-1 = Tìm nguồn bằng Mailflow status report, Threat protection status (spam), Top senders and recipients và Outbound connector report, cùng message trace.
    .fix-2 = Khắc phục nguyên nhân (tài khoản bị xâm nhập, open relay, connector lạ: Get-InboundConnector / Get-OutboundConnector), sau đó liên hệ bộ phận hỗ trợ Microsoft để gỡ chặn.

exo-5-7-708-ip-not-accepted = Exchange Online không nhận thư từ IP gửi có uy tín thấp này
    .cause = Tenant đang gửi từ các địa chỉ IP có uy tín thấp, điển hình cho tenant mới hoặc dùng thử, nên Exchange Online từ chối lưu lượng.
    .fix-1 = Nếu đây là tenant dùng thử, liên hệ bộ phận hỗ trợ Microsoft để xin ngoại lệ cho đến khi bạn mua license.
    .fix-2 = Đảm bảo tenant chỉ gửi thư hợp lệ từ các tên miền đã xác minh.

exo-5-7-750-unregistered-domains = Tenant bị chặn gửi thư từ các tên miền chưa đăng ký
    .cause = Một lượng lớn thư được gửi qua tenant với tên miền người gửi không phải accepted domain trong Microsoft 365, nên Exchange Online đã chặn. Thường là một connector relay cho các tên miền chưa ai đăng ký, hoặc kẻ tấn công đã tạo connector để gửi thư rác.
    .fix-1 = Thêm và xác minh mọi tên miền bạn gửi thư làm accepted domain (Microsoft 365 admin center > Settings > Domains; Get-AcceptedDomain liệt kê chúng).
    .fix-2 = Hoặc dùng inbound connector dựa trên chứng chỉ với tên miền của chứng chỉ là accepted domain đã xác minh.
    .fix-3 = Tìm các connector lạ (Get-InboundConnector) và tài khoản quản trị bị xâm nhập, rồi loại bỏ chúng.

exo-4-4-62-wrong-region = Exchange Online từ chối thư: thư đến sai vùng Microsoft 365 (ATTR35)
    .cause = Thư được chuyển tới một front end Exchange Online không phục vụ tenant của người nhận. Máy chủ hoặc thiết bị gửi dùng một đích cũ hoặc chung chung (mail.messaging.microsoft.com, mail.global.frontbridge.com, hoặc một địa chỉ IP cố định của Microsoft 365) làm smart host hay MX, thay vì tên MX riêng của tenant.
    .fix-1 = Trên máy chủ Exchange, kiểm tra smart host của Send connector tới Microsoft 365: Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces. Thay các giá trị đó bằng MX endpoint của tenant (contoso-com.mail.protection.outlook.com) hoặc initial domain (<tenant>.mail.onmicrosoft.com).
    .fix-2 = Trên các thiết bị và ứng dụng relay tới Microsoft 365, đặt cùng MX endpoint đó thay cho địa chỉ IP, và để chúng tự tra bản ghi MX khi có thể.
    .fix-3 = Kiểm tra bản ghi MX của tên miền trỏ tới tên hiển thị trong Microsoft 365 admin center (Settings > Domains), rồi thử lại hàng đợi.

exchange-421-4-3-2-concurrent-connections = Quá nhiều kết nối cùng lúc: receive connector của Exchange từ chối thêm kết nối
    .cause = Máy chủ Exchange nhận (hoặc một front end Exchange Online) đã mở số kết nối SMTP từ người gửi này, hoặc tổng cộng, bằng mức receive connector cho phép (MaxInboundConnectionPerSource, MaxInboundConnection), nên đóng kết nối mới với 421 4.3.2. Thư vẫn nằm trong hàng đợi và được gửi lại.
    .fix-1 = Nếu máy chủ từ chối là của bạn: Get-ReceiveConnector | Format-List Name,MaxInboundConnection,MaxInboundConnectionPerSource. Nâng giới hạn trên connector nhận thư của nguồn này (Set-ReceiveConnector -MaxInboundConnectionPerSource), và tìm các kết nối bị treo do lỗi mạng.
    .fix-2 = Nếu máy chủ của bạn là bên gửi: mở ít kết nối cùng lúc hơn tới đích đó (Exchange: Set-TransportService -MaxPerDomainOutboundConnections; Postfix: smtp_destination_concurrency_limit), hoặc giãn việc gửi theo thời gian; ứng dụng gửi hàng loạt nên dùng lại một kết nối.


exchange-451-5-7-3-exchange-auth = Các máy chủ Exchange không xác thực được với nhau (Exchange Server authentication, X-EXPS)
    .cause = Các máy chủ Exchange trong cùng tổ chức xác thực với nhau bằng lệnh X-EXPS trước khi chuyển thư nội bộ. Máy chủ nhận đã từ chối hoặc không cung cấp lệnh này: receive connector nhận lưu lượng này tắt Exchange Server authentication, một receive connector khác có dải IP từ xa hẹp hơn nhận kết nối, hoặc tường lửa hay tính năng SMTP inspection ở giữa loại bỏ X-ANONYMOUSTLS, X-EXPS hoặc GSSAPI.
    .fix-1 = Trên máy chủ nhận: Get-ReceiveConnector | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups. Connector nhận thư từ các máy chủ Exchange khác (Default Frontend, Default) cần AuthMechanism ExchangeServer (cùng Tls) và các permission group ExchangeServers và ExchangeLegacyServers.
    .fix-2 = Đảm bảo không có connector tùy chỉnh nào (ví dụ connector relay) liệt kê địa chỉ của các máy chủ Exchange khác trong RemoteIPRanges.
    .fix-3 = Tắt SMTP inspection hoặc fixup trên tường lửa giữa các máy chủ để X-ANONYMOUSTLS, X-EXPS và GSSAPI đi qua được; sau đó chạy Retry-Queue.

exchange-451-4-7-0-idle-timeout = Exchange đã đóng một phiên SMTP không hoạt động (Timeout waiting for client input)
    .cause = Client không gửi gì lâu hơn ConnectionInactivityTimeout của receive connector, nên Exchange kết thúc phiên với 451 4.7.0. Bản thân việc này vô hại: một client bị treo, một phiên thử nghiệm bị bỏ ngỏ, hoặc một công cụ quét. Nhiều trường hợp từ cùng một người gửi có thể cho thấy đường mạng chậm hoặc client đang chờ điều mà máy chủ không gửi.
    .fix-1 = Thường không cần làm gì. Nếu một người gửi thật bị ngắt giữa chừng khi đang gửi thư, hãy kiểm tra đường mạng giữa họ và máy chủ này cùng ConnectionInactivityTimeout của connector (Get-ReceiveConnector | Format-List Name,ConnectionInactivityTimeout).

exchange-sender-id-rejected = Kiểm tra Sender ID của Exchange đã từ chối thư: tên miền người gửi không cho phép máy chủ gửi (Sender ID / PRA)
    .cause = Sender ID agent của một máy chủ Exchange đã đối chiếu địa chỉ chịu trách nhiệm được nêu (purported responsible address: tiêu đề Resent-Sender, Resent-From, Sender hoặc From) với bản ghi SPF của tên miền đó. "Not Permitted" nghĩa là bản ghi không liệt kê IP gửi; "Domain Does Not Exist" nghĩa là tên miền trong tiêu đề đó không tồn tại trong DNS. Khi chính máy chủ của bạn ghi lại điều này (message tracking FAIL từ Sender Id Agent, Directionality Incoming), nó đã từ chối thư đến, thường là thư rác giả mạo người gửi: người nhận không có lỗi.
    .fix-1 = Nếu máy chủ của bạn từ chối, không cần sửa gì với thư rác; với người gửi hợp lệ, hãy đề nghị họ sửa bản ghi SPF, hoặc miễn kiểm tra cho tên miền của họ (Set-SenderIdConfig -BypassedSenderDomains).
    .fix-2 = Nếu thư của chính bạn bị từ chối, hãy đảm bảo bản ghi SPF của tên miền trong tiêu đề From hoặc Sender liệt kê mọi máy chủ gửi thư cho nó, và tên miền phân giải được trên DNS công cộng.
exchange-rfc2606-reserved-domain = Tên miền của người nhận được dành riêng cho thử nghiệm và tài liệu (RFC 2606)
    .cause = Exchange từ chối người nhận vì tên miền là một trong các tên mà RFC 2606 dành riêng (.test, .example, .invalid, .localhost, example.com, example.net, example.org): những tên miền này không bao giờ nhận thư. Một phòng lab, một tập lệnh thử nghiệm hoặc một công cụ giám sát đã dùng tên miền dành riêng cho người nhận.
    .fix-1 = Đặt cho hộp thư thử nghiệm địa chỉ thuộc một tên miền bạn sở hữu (một accepted domain của tổ chức), và dùng các địa chỉ đó trong Test-Mailflow và giám sát.
    .fix-2 = Nếu phòng lab dùng một tên dành riêng làm không gian tên nội bộ, hãy thêm một accepted domain nằm ngoài các tên dành riêng cho địa chỉ thư của nó.
exo-5-7-51-tenant-inbound-attribution = Exchange Online khớp một partner connector theo tên miền người nhận, và thư từ máy chủ này không đáp ứng nó (TenantInboundAttribution)
    .cause = Một inbound connector trong tenant Exchange Online nhận thư đã khớp thư theo tên miền người nhận và chỉ chấp nhận thư từ một số chứng chỉ hoặc địa chỉ IP (RestrictDomainsToCertificate / RestrictDomainsToIPAddresses). Máy chủ gửi đã không trình chứng chỉ mong đợi (TlsSenderCertificateName) hoặc không kết nối từ địa chỉ được liệt kê. Trong môi trường hybrid, thường là Send connector on-premises trình một chứng chỉ đã gia hạn hoặc khác với chứng chỉ mà connector trong Exchange Online chỉ định.
    .fix-1 = So sánh chứng chỉ: trên on-premises, Get-SendConnector | Format-List Name,TlsCertificateName; trong Exchange Online, Get-InboundConnector | Format-List Name,TlsSenderCertificateName,RestrictDomainsToCertificate,SenderIPAddresses.
    .fix-2 = Chạy lại Hybrid Configuration Wizard với chứng chỉ hiện tại, hoặc đặt TlsCertificateName của Send connector ("<I>issuer<S>subject") và TlsSenderCertificateName của inbound connector cho khớp với nó.
    .fix-3 = Nếu người gửi là đối tác, hãy cập nhật tên chứng chỉ hoặc danh sách IP của partner connector theo các máy chủ hiện tại của đối tác.
exchange-transport-rule-reject = Một quy tắc luồng thư (transport rule) đã từ chối thư
    .cause = Một mail flow rule có hành động "từ chối thư kèm lời giải thích" (RejectMessage) đã khớp với thư và gửi NDR; "the message was rejected by organization policy" là lời giải thích mặc định. Quy tắc thuộc về tổ chức có máy chủ đã ghi lỗi: là của bạn nếu message tracking của bạn cho thấy điều đó (Source AGENT, Transport Rule Agent), nếu không thì là của phía người nhận.
    .fix-1 = Nếu tổ chức của bạn đã từ chối, hãy tìm quy tắc đã tác động (message trace hoặc Get-MessageTrackingLog cho biết tên; Get-TransportRule | Format-List Name,State,Priority,RejectMessageReasonText) và sửa điều kiện hoặc thêm ngoại lệ nếu thư là hợp lệ.
    .fix-2 = Nếu tổ chức của người nhận đã từ chối, người gửi không thể thay đổi quy tắc đó: hãy gửi NDR cho quản trị viên của người nhận và hỏi quy tắc nào đã khớp.
exo-5-7-520-external-forwarding-blocked = Tổ chức của bạn chặn tự động chuyển tiếp thư ra địa chỉ bên ngoài (5.7.520)
    .cause = Chính tổ chức Microsoft 365 của người gửi đã từ chối thư: thư được chuyển tiếp tự động (quy tắc hộp thư đến, chuyển tiếp hộp thư hoặc chuyển hướng) tới một địa chỉ ngoài tổ chức, và chính sách chống thư rác gửi đi không cho phép tự động chuyển tiếp ra ngoài. Phía người nhận không liên quan.
    .fix-1 = Nếu cần chuyển tiếp, hãy tạo một chính sách chống thư rác gửi đi riêng cho các hộp thư đó với "Automatic forwarding rules" đặt là On (cổng Microsoft Defender → Anti-spam policies), thay vì mở cho tất cả mọi người.
    .fix-2 = Nếu không cần (một quy tắc bị quên, hoặc quy tắc do kẻ tấn công đặt trên hộp thư bị xâm nhập), hãy xóa nó: Get-InboxRule -Mailbox <user> và Get-Mailbox <user> | Format-List ForwardingSmtpAddress,DeliverToMailboxAndForward.
exo-5-7-193-group-external-senders = Nhóm Microsoft 365 không nhận thư từ bên ngoài tổ chức (5.7.193)
    .cause = Người nhận là một nhóm Microsoft 365 chỉ nhận thư từ thành viên hoặc từ người trong tổ chức của nhóm; người gửi bên ngoài, hoặc người gửi không phải thành viên, đã bị nhóm từ chối.
    .fix-1 = Đề nghị quản trị viên bên nhận hoặc chủ sở hữu nhóm cho phép người gửi bên ngoài: trong Outlook hoặc trung tâm quản trị, chọn "Let people outside the organization email the group", hoặc chạy Set-UnifiedGroup <group> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Nếu chỉ thành viên được gửi, hãy gửi trực tiếp cho một thành viên hoặc đề nghị được thêm vào nhóm.
exo-5-7-367-relay-pool-rejected = Thư mà Exchange Online chuyển tiếp đi đã bị máy chủ kế tiếp từ chối (5.7.367)
    .cause = Exchange Online đã chuyển tiếp thư tới một máy chủ khác và gửi nó từ nhóm địa chỉ chuyển tiếp (relay pool), vì thư không đạt SPF hoặc DKIM khi vào Microsoft 365 (thường là thư đi qua một cổng của bên thứ ba hoặc bị chuyển tiếp thêm lần nữa); máy chủ kế tiếp từ chối thư từ nhóm địa chỉ đó. Người gửi không thể khắc phục bằng xác thực SMTP.
    .fix-1 = Nếu thư đến Microsoft 365 qua một cổng hoặc dịch vụ khác, hãy bật Enhanced Filtering for Connectors trên trình kết nối nhận của nó để SPF và DKIM của người gửi gốc được kiểm tra.
    .fix-2 = Đặt các tên miền người gửi của thư chuyển tiếp của chính bạn làm tên miền được chấp nhận (accepted domain) của tenant, và tránh chuyển tiếp thư bên ngoài qua nhiều chặng.
exo-5-1-20-multiple-from = Thư có nhiều địa chỉ From mà không có Sender (5.1.20)
    .cause = Tiêu đề From của thư chứa nhiều hơn một địa chỉ, và khi đó RFC 5322 yêu cầu tiêu đề Sender nêu người thực sự gửi; Exchange Online từ chối thư như vậy. Nguyên nhân thường là một ứng dụng hoặc script tạo thư.
    .fix-1 = Sửa ứng dụng gửi để From chỉ có một địa chỉ, hoặc thêm tiêu đề Sender với địa chỉ của hộp thư thực sự gửi.
exchange-content-filter-quarantined = Tác nhân Content Filter đã cách ly thư (Exchange Server)
    .cause = Tác nhân Content Filter của máy chủ Exchange nhận đã chấm thư là thư rác vượt ngưỡng cách ly và chuyển nó vào hộp thư cách ly thay vì giao; người gửi được báo bằng NDR.
    .fix-1 = Đề nghị quản trị viên bên nhận giải phóng thư khỏi hộp thư cách ly nếu thư hợp lệ.
    .fix-2 = Với người gửi hoặc người nhận không được lọc, hãy thêm ngoại lệ: Set-ContentFilterConfig -BypassedSenders, -BypassedSenderDomains hoặc -BypassedRecipients; xem lại các ngưỡng bằng Get-ContentFilterConfig.
exchange-5-1-6-single-label-domain = Tên miền người nhận chỉ có một nhãn và Exchange từ chối (5.1.6)
    .cause = Địa chỉ người nhận kết thúc bằng tên miền một nhãn (user@contoso thay vì user@contoso.com), và tổ chức Exchange được đặt để từ chối người nhận trong tên miền một nhãn (Set-TransportConfig -RejectSingleLabelRecipientDomains $true).
    .fix-1 = Viết đầy đủ tên miền của người nhận (user@contoso.com); sửa liên hệ, ứng dụng hoặc mục AutoComplete đang cung cấp dạng rút gọn.
    .fix-2 = Nếu cần chấp nhận các tên nội bộ như vậy, quản trị viên có thể chạy Set-TransportConfig -RejectSingleLabelRecipientDomains $false và định tuyến tên miền bằng trình kết nối gửi hoặc tên miền được chấp nhận.
exchange-5-3-2-address-book-policy = Chính sách sổ địa chỉ khiến người gửi không gửi được tới người nhận (5.3.2)
    .cause = Tác nhân ABP Routing của tổ chức Exchange đã kiểm tra chính sách sổ địa chỉ: người nhận không nằm trong danh sách địa chỉ toàn cục thuộc chính sách sổ địa chỉ của người gửi, nên store driver từ chối giao thư ("Missing or bad StoreDriver MDB properties").
    .fix-1 = Kiểm tra người gửi và người nhận thuộc chính sách sổ địa chỉ nào: Get-Mailbox <user> | Format-List AddressBookPolicy, và các danh sách địa chỉ mà mỗi chính sách nêu (Get-AddressBookPolicy).
    .fix-2 = Nếu hai người cần liên lạc với nhau, hãy đưa họ vào danh sách địa chỉ của một chính sách chung, hoặc sửa thuộc tính của người nhận mà bộ lọc danh sách địa chỉ dùng.
exchange-4-3-1-back-pressure = Exchange từ chối thư vì tài nguyên sắp cạn (back pressure, 4.3.1)
    .cause = Máy chủ Exchange đã trả lời đang ở trạng thái back pressure: dung lượng trống trên ổ chứa cơ sở dữ liệu hàng đợi (hoặc nhật ký transport) xuống dưới ngưỡng, hoặc bộ nhớ khả dụng thấp, nên transport từ chối thư mới cho đến khi hồi phục. Trên máy ảo dùng bộ nhớ động, lỗi này lúc có lúc không. Bên gửi sẽ thử lại.
    .fix-1 = Trên máy chủ đó, xem tài nguyên nào vượt ngưỡng: Get-ExchangeDiagnosticInfo -Server <server> -Process EdgeTransport -Component ResourceThrottling, và sự kiện 15004/15006/15007 của MSExchangeTransport trong nhật ký Application.
    .fix-2 = Giải phóng dung lượng trên ổ chứa cơ sở dữ liệu hàng đợi, hoặc chuyển nó sang ổ lớn hơn (QueueDatabasePath trong EdgeTransport.exe.config, rồi khởi động lại dịch vụ Microsoft Exchange Transport).
    .fix-3 = Cấp bộ nhớ tĩnh, không phải bộ nhớ động, cho máy ảo Exchange như Microsoft yêu cầu.
exchange-5-3-0-poison-message = Exchange đã chuyển thư vào hàng đợi thư độc (poison message queue, 5.3.0)
    .cause = Thư làm dịch vụ transport lỗi nhiều lần ("Too many related errors"), nên Exchange coi nó là thư hỏng hoặc gây hại cho tiến trình và chuyển vào hàng đợi thư độc thay vì gửi đi.
    .fix-1 = Trên máy chủ đã gửi NDR, xem hàng đợi thư độc: Get-Message -Queue <server>\Poison | Format-List, và nhật ký Application về sự cố transport đi kèm.
    .fix-2 = Xuất thư ra (Export-Message) để xem lỗi; chỉ tiếp tục gửi (Resume-Message) nếu an toàn, nếu không thì xóa. Cài bản cập nhật Exchange mới nhất nếu thư vẫn tiếp tục rơi vào đó.
exchange-5-3-5-loop-same-fqdn = Exchange phát hiện vòng lặp thư: một receive connector xưng tên của máy chủ khác (5.3.5)
    .cause = Exchange trả lời "System incorrectly configured" khi thư sẽ quay vòng về chính nó: FQDN mà một receive connector của nó xưng trùng với FQDN của máy chủ, dịch vụ hoặc thiết bị khác trong luồng thư (smart host, cổng, máy chủ Exchange khác), nên nó tưởng phía bên kia là chính mình. Các MTA khác dùng cùng câu này cho lỗi cấu hình của riêng chúng.
    .fix-1 = So sánh FQDN của các receive connector (Get-ReceiveConnector | Format-List Identity,Fqdn,Bindings) với tên mà các máy chủ và thiết bị khác trên đường đi của thư xưng; hãy để FQDN của chính máy chủ trừ khi có lý do.
    .fix-2 = Kiểm tra send connector và smart host không định tuyến tên miền quay lại cùng máy chủ, rồi chạy Retry-Queue.
exo-5-6-0-approval-invalid-expiry = Không thể bắt đầu kiểm duyệt: thiếu thẻ lưu giữ cho người nhận được kiểm duyệt (APPROVAL.InvalidExpiry)
    .cause = Người nhận được kiểm duyệt (nhóm phân phối hoặc nhóm phân phối động có kiểm duyệt), và Approval Processing Agent cần một thẻ chính sách lưu giữ có IsDefaultModeratedRecipientsPolicyTag để biết giữ thư chờ duyệt trong bao lâu. Tổ chức không có thẻ này, nên mọi thư gửi đến nhóm đều bị từ chối.
    .fix-1 = Trong Exchange Online PowerShell, chạy Enable-OrganizationCustomization, rồi New-RetentionPolicyTag -Name "Moderation" -IsDefaultModeratedRecipientsPolicyTag -AgeLimitForRetention 2 (trên Exchange Server chỉ cần lệnh thứ hai).
    .fix-2 = Gửi lại thư khi thẻ đã có; trong lúc chờ, tắt kiểm duyệt trên nhóm (Set-DistributionGroup -ModerationEnabled $false) cho thư đi qua không qua kiểm duyệt.
exo-send-as-denied = Tài khoản đã đăng nhập không được gửi dưới tên địa chỉ From (Send As bị từ chối)
    .cause = Exchange (Online hoặc tại chỗ) từ chối thư vì hộp thư hay tài khoản đã xác thực không được phép gửi dưới tên địa chỉ trong From: nó không có quyền Send As trên hộp thư, nhóm hoặc hộp thư dùng chung đó, hoặc ứng dụng ghi vào From một địa chỉ khác với tài khoản mà nó đăng nhập. Người nhận không có vấn đề gì.
    .fix-1 = Cho địa chỉ From trùng với hộp thư mà thiết bị hay ứng dụng đăng nhập, hoặc đăng nhập bằng chính hộp thư có địa chỉ được dùng làm From.
    .fix-2 = Nếu không, cấp quyền Send As cho tài khoản trên địa chỉ đó: trong Exchange Online dùng Add-RecipientPermission -Identity <địa chỉ From> -Trustee <tài khoản> -AccessRights SendAs (kiểm tra bằng Get-RecipientPermission <địa chỉ From>); tại chỗ dùng Add-ADPermission -ExtendedRights "Send As".
    .fix-3 = Quyền có thể cần một lúc mới có hiệu lực; sau đó gửi lại.
exo-4-3-1-resources = Exchange Online tạm thời thiếu tài nguyên và hoãn thư (452 4.3.1)
    .cause = Máy chủ trả lời là một máy chủ Exchange Online của Microsoft (địa chỉ hoặc tên của nó cho thấy vậy), vốn áp dụng back pressure như mọi máy chủ Exchange: trong giây lát nó không đủ đĩa hoặc bộ nhớ cho thư mới và yêu cầu bên gửi thử lại. Không có gì ở phía gửi gây ra hay cần giải phóng.
    .fix-1 = Để hàng đợi của máy chủ gửi tự thử lại; các lần sau thường đi qua trong vài phút.
    .fix-2 = Nếu kéo dài hàng giờ, hãy xem tình trạng dịch vụ Microsoft 365 trong trung tâm quản trị xem có sự cố luồng thư Exchange Online không.
    .fix-3 = Nếu không có sự cố nào giải thích tình trạng kéo dài này, hãy mở yêu cầu hỗ trợ với Microsoft kèm thời điểm, tên máy chủ trong các thư trả lời và địa chỉ IP gửi của bạn.
exo-5-7-54-relay-not-attributed = Exchange Online từ chối chuyển tiếp tới người nhận bên ngoài: không xác định được người gửi thuộc tổ chức của bạn
    .cause = Exchange Online chỉ nhận thư gửi tới tên miền ngoài các accepted domain của bạn khi xác định được người gửi thuộc tổ chức của bạn: một phiên SMTP AUTH đã xác thực, hoặc một kết nối khớp với inbound connector từ máy chủ thư của chính bạn (theo địa chỉ IP công cộng hoặc chứng chỉ TLS). Kết nối này không khớp cách nào, nên người nhận bên ngoài bị từ chối. Thường gặp: máy in, máy quét hoặc ứng dụng dùng direct send tới địa chỉ bên ngoài, máy chủ on-premises đã đổi IP công cộng, hoặc connector có tên chứng chỉ không còn khớp.
    .fix-1 = Với máy chủ hoặc thiết bị chuyển tiếp qua Exchange Online, tạo hoặc sửa inbound connector từ máy chủ thư của tổ chức, nhận diện bằng IP công cộng hoặc tên chứng chỉ (New-InboundConnector -ConnectorType OnPremises), và kiểm tra connector đang được bật.
    .fix-2 = Hoặc cho ứng dụng xác thực: gửi qua SMTP AUTH tới smtp.office365.com cổng 587 với STARTTLS, bằng một hộp thư được phép gửi.
    .fix-3 = Direct send (gửi tới máy chủ MX của bạn không xác thực) chỉ tới được người nhận trong các accepted domain của bạn; người nhận bên ngoài cần một trong hai cách trên. Kiểm tra thêm tên miền người gửi có nằm trong accepted domain không.
